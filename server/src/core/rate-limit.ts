import { isIPv4, isIPv6 } from 'node:net';
import type { RequestHandler, Response } from 'express';
import { sendRequestError } from './query-limits.js';

export type RateLimitDecision =
  { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export type RateLimiterOptions = {
  /** Requests allowed per window; also the largest burst. */
  limit: number;
  windowMs: number;
  /**
   * Most keys remembered. Idle keys go first anyway; this only bites when more distinct callers
   * than this are active within one window, and then the least recently seen are forgotten.
   */
  maxKeys?: number;
  /** Milliseconds on a clock that never goes back; tests pass their own. */
  now?: () => number;
};

type Bucket = { tokens: number; updatedAt: number };

/**
 * A token bucket per key, in this process's memory: each key holds up to `limit` tokens, refilled
 * evenly over `windowMs`, and a request spends one (or `cost`). A key untouched for a whole window
 * is full again, so it is dropped rather than kept; memory follows the callers active in the last
 * window, capped by `maxKeys`.
 */
export class RateLimiter {
  // Map keeps insertion order; every touch re-inserts, so the first entries are the least recent.
  private readonly buckets = new Map<string, Bucket>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: RateLimiterOptions) {
    if (!(options.limit >= 1) || !(options.windowMs > 0)) {
      throw new RangeError('A rate limit needs a limit of at least 1 and a positive window');
    }
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.maxKeys = options.maxKeys ?? 100_000;
    this.now = options.now ?? (() => performance.now());
  }

  /** Keys currently remembered. */
  get size(): number {
    return this.buckets.size;
  }

  /**
   * Spends `cost` tokens of `key` if it has them. A refused request spends nothing, so a caller who
   * waits `retryAfterSeconds` gets through. A cost above the limit is charged as the whole limit:
   * such a request needs a full bucket rather than never passing.
   */
  consume(key: string, cost = 1): RateLimitDecision {
    const now = this.now();
    this.forgetIdle(now);
    const previous = this.buckets.get(key);
    let tokens = this.limit;
    if (previous) {
      const refill = ((now - previous.updatedAt) * this.limit) / this.windowMs;
      tokens = Math.min(this.limit, previous.tokens + refill);
      this.buckets.delete(key);
    }
    const charge = Math.min(cost, this.limit);
    if (tokens < charge) {
      this.buckets.set(key, { tokens, updatedAt: now });
      const waitMs = ((charge - tokens) * this.windowMs) / this.limit;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    this.buckets.set(key, { tokens: tokens - charge, updatedAt: now });
    while (this.buckets.size > this.maxKeys) {
      this.buckets.delete(this.buckets.keys().next().value!);
    }
    return { allowed: true, remaining: Math.floor(tokens - charge) };
  }

  /** Gives back tokens spent on something that, in the end, should not count. */
  refund(key: string, amount = 1) {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.limit, bucket.tokens + amount);
  }

  private forgetIdle(now: number) {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updatedAt < this.windowMs) break;
      this.buckets.delete(key);
    }
  }
}

/**
 * The rate-limit key of a client address. An IPv6 host usually owns a whole /64 and can pick any
 * address in it, so IPv6 is keyed by its /64 prefix; IPv4-mapped IPv6 counts as the IPv4 address.
 */
export function clientAddressKey(ip: string | null | undefined): string {
  if (!ip) return 'ip:unknown';
  const address = ip.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (mapped) return `ip:${mapped}`;
  if (isIPv4(address) || !isIPv6(address)) return `ip:${address}`;
  return `ip:${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, in hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  let text = address;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? headGroups
      : [
          ...headGroups,
          ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'),
          ...tailGroups,
        ];
  return groups.map((g) => Number.parseInt(g, 16).toString(16));
}

/**
 * Express middleware: one budget per caller, the signed-in account or API client when there is
 * one, else the client address. A batch costs one token per operation in it.
 */
export function rateLimitRequests(
  limiter: RateLimiter,
  callerKey: (res: Response) => string | undefined,
): RequestHandler {
  return (req, res, next) => {
    const key = callerKey(res) ?? clientAddressKey(req.ip);
    const cost = Array.isArray(req.body) ? Math.max(1, req.body.length) : 1;
    const decision = limiter.consume(key, cost);
    if (decision.allowed) return next();
    const { retryAfterSeconds } = decision;
    res.setHeader('Retry-After', String(retryAfterSeconds));
    sendRequestError(
      res,
      429,
      'TOO_MANY_REQUESTS',
      `Too many requests; try again in ${retryAfterSeconds} s`,
      { retryAfterSeconds },
    );
  };
}
