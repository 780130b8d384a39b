import { describe, expect, it } from 'vitest';
import { clientAddressKey, RateLimiter } from './rate-limit.js';

function clock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('RateLimiter (token bucket)', () => {
  it('allows the limit, refuses the next request and says when to come back', () => {
    const time = clock();
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000, now: time.now });
    expect(limiter.consume('a')).toEqual({ allowed: true, remaining: 2 });
    expect(limiter.consume('a')).toEqual({ allowed: true, remaining: 1 });
    expect(limiter.consume('a')).toEqual({ allowed: true, remaining: 0 });
    // One token comes back every 20 s (3 per minute).
    expect(limiter.consume('a')).toEqual({ allowed: false, retryAfterSeconds: 20 });
    time.advance(15_000);
    expect(limiter.consume('a')).toEqual({ allowed: false, retryAfterSeconds: 5 });
  });

  it('lets a refused caller through after waiting as long as it was told', () => {
    const time = clock();
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000, now: time.now });
    limiter.consume('a');
    limiter.consume('a');
    const refused = limiter.consume('a');
    expect(refused.allowed).toBe(false);
    // Refused requests spend nothing, so hammering does not push the wait further out.
    for (let i = 0; i < 10; i++) limiter.consume('a');
    time.advance((refused as { retryAfterSeconds: number }).retryAfterSeconds * 1000);
    expect(limiter.consume('a').allowed).toBe(true);
    expect(limiter.consume('a').allowed).toBe(false);
  });

  it('keeps a separate budget per key', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, now: clock().now });
    expect(limiter.consume('account:1').allowed).toBe(true);
    expect(limiter.consume('account:1').allowed).toBe(false);
    expect(limiter.consume('account:2').allowed).toBe(true);
    expect(limiter.consume('ip:127.0.0.1').allowed).toBe(true);
  });

  it('charges a cost per request, and a cost above the limit as the whole budget', () => {
    const time = clock();
    const limiter = new RateLimiter({ limit: 5, windowMs: 60_000, now: time.now });
    expect(limiter.consume('a', 3)).toEqual({ allowed: true, remaining: 2 });
    expect(limiter.consume('a', 3)).toEqual({ allowed: false, retryAfterSeconds: 12 });
    expect(limiter.consume('b', 50)).toEqual({ allowed: true, remaining: 0 });
    time.advance(60_000);
    expect(limiter.consume('b', 50).allowed).toBe(true);
  });

  it('takes back a refund, never beyond the limit', () => {
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000, now: clock().now });
    limiter.consume('a');
    limiter.consume('a');
    limiter.refund('a');
    expect(limiter.consume('a')).toEqual({ allowed: true, remaining: 0 });
    limiter.refund('a', 10);
    expect(limiter.consume('a')).toEqual({ allowed: true, remaining: 1 });
    limiter.refund('unknown'); // nothing spent, nothing to give back
    expect(limiter.size).toBe(1);
  });

  it('refills gradually and never beyond the limit', () => {
    const time = clock();
    const limiter = new RateLimiter({ limit: 4, windowMs: 60_000, now: time.now });
    for (let i = 0; i < 4; i++) limiter.consume('a');
    time.advance(30_000); // half a window: two tokens back
    expect(limiter.consume('a')).toEqual({ allowed: true, remaining: 1 });
    time.advance(10 * 60_000);
    expect(limiter.consume('a')).toEqual({ allowed: true, remaining: 3 });
  });

  it('forgets keys idle for a whole window, so memory follows the active callers', () => {
    const time = clock();
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000, now: time.now });
    for (let i = 0; i < 1000; i++) limiter.consume(`ip:10.0.${i >> 8}.${i & 255}`);
    expect(limiter.size).toBe(1000);
    time.advance(30_000);
    limiter.consume('late');
    expect(limiter.size).toBe(1001);
    time.advance(30_000);
    limiter.consume('now');
    // The thousand went idle a full window ago; `late` and `now` are still counting.
    expect(limiter.size).toBe(2);
  });

  it('caps the number of keys and drops the least recently seen first', () => {
    const time = clock();
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 3, now: time.now });
    limiter.consume('a');
    limiter.consume('b');
    limiter.consume('c');
    limiter.consume('a'); // refused, but seen: `b` is now the least recent
    limiter.consume('d');
    expect(limiter.size).toBe(3);
    expect(limiter.consume('a').allowed).toBe(false); // still remembered as spent
    expect(limiter.consume('b').allowed).toBe(true); // forgotten, so a fresh budget
  });

  it('refuses a nonsensical configuration', () => {
    expect(() => new RateLimiter({ limit: 0, windowMs: 1000 })).toThrow(RangeError);
    expect(() => new RateLimiter({ limit: 1, windowMs: 0 })).toThrow(RangeError);
  });
});

describe('clientAddressKey', () => {
  it('keys IPv4 by the address and IPv4-mapped IPv6 as the same address', () => {
    expect(clientAddressKey('203.0.113.7')).toBe('ip:203.0.113.7');
    expect(clientAddressKey('::ffff:203.0.113.7')).toBe('ip:203.0.113.7');
  });

  it('keys IPv6 by its /64, which one host can fill with addresses at will', () => {
    const a = clientAddressKey('2001:db8:1:2:aaaa::1');
    expect(a).toBe('ip:2001:db8:1:2::/64');
    expect(clientAddressKey('2001:0DB8:0001:0002:ffff:ffff:ffff:ffff')).toBe(a);
    expect(clientAddressKey('2001:db8:1:2::9%eth0')).toBe(a);
    expect(clientAddressKey('2001:db8:1:3::1')).not.toBe(a);
    expect(clientAddressKey('2001:db8::1')).toBe('ip:2001:db8:0:0::/64');
    expect(clientAddressKey('1::2:3:4:5:6:7')).toBe('ip:1:0:2:3::/64');
    expect(clientAddressKey('::1')).toBe('ip:0:0:0:0::/64');
  });

  it('gives requests without a known address one shared key', () => {
    expect(clientAddressKey(undefined)).toBe('ip:unknown');
    expect(clientAddressKey(null)).toBe('ip:unknown');
  });
});
