import type { Lead } from './types.js';

export const LEAD_CSV_COLUMNS = ['id', 'campaign_id', 'email', 'name', 'consent', 'language', 'channel', 'content_id', 'created_at', 'attributes'] as const;

/** One RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Every lead as CSV with the contract's header row, CRLF line ends; `attributes` as JSON. */
export function leadsCsv(leads: readonly Lead[]): string {
  const lines = [LEAD_CSV_COLUMNS.join(',')];
  for (const lead of leads) {
    const cells = [lead.id, lead.campaign_id, lead.email, lead.name ?? '', String(lead.consent), lead.language ?? '', lead.channel ?? '', lead.content_id ?? '', lead.created_at, JSON.stringify(lead.attributes)];
    lines.push(cells.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
