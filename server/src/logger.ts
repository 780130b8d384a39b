import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; secrets that may pass through request logging are redacted. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'nuanxin' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        'password',
        '*.password',
      ],
      censor: '[redacted]',
    },
  });
}
