import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The Content-Security-Policy of every response. The SPA is one origin: its scripts, styles,
 * images and API calls all come from the server that serves it, so anything else is refused.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  // antd 6 generates its CSS at run time (CSS-in-JS) and injects it as <style> elements.
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: and blob: for antd's inline icons and for previews of files chosen for upload.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  // Nobody may frame the app (clickjacking); X-Frame-Options says the same to old browsers.
  'frame-ancestors': ["'none'"],
  // No upgrade-insecure-requests: every URL is relative already, and on a plain-HTTP intranet
  // install it would send the browser to an HTTPS port that does not exist.
};

const withHsts = (strictTransportSecurity: HelmetOptions['strictTransportSecurity']) =>
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // The app's URLs can name households and people; they must not leak to other sites.
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity,
  });

const overHttp = withHsts(false);
// A year, the usual value; other hosts under our name are not ours to decide for.
const overHttps = withHsts({ maxAge: 365 * 24 * 3600, includeSubDomains: false });

/**
 * Security headers on every response (helmet). HSTS only when the request came over HTTPS
 * (`req.secure`, which honours X-Forwarded-Proto with TRUST_PROXY): sent over plain HTTP it is
 * ignored by browsers, and an intranet install may have no HTTPS at all.
 */
export const securityHeaders: RequestHandler = (req, res, next) =>
  (req.secure ? overHttps : overHttp)(req, res, next);
