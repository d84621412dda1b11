/** A coarse class of a user agent: enough for a breakdown, too coarse to single anyone out. */
export function userAgentClass(userAgent: string | undefined): 'bot' | 'mobile' | 'tablet' | 'desktop' | 'unknown' {
  if (userAgent === undefined || userAgent === '') return 'unknown';
  if (/bot|crawl|spider|slurp|preview|curl|wget|python|http/i.test(userAgent)) return 'bot';
  if (/ipad|tablet/i.test(userAgent)) return 'tablet';
  if (/mobi|iphone|android/i.test(userAgent)) return 'mobile';
  return 'desktop';
}

/** The referrer's host only (no path or query, which may carry personal data); null when absent or not a URL. */
export function referrerHost(referrer: string | undefined): string | null {
  if (referrer === undefined || referrer === '') return null;
  try {
    const host = new URL(referrer).host;
    return host === '' ? null : host;
  } catch {
    return null;
  }
}
