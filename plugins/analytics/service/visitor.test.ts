import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadsCsv } from './csv.js';
import { referrerHost, userAgentClass } from './visitor.js';

describe('visitor facts kept for a click', () => {
  it('classes user agents coarsely', () => {
    assert.equal(userAgentClass(undefined), 'unknown');
    assert.equal(userAgentClass('Googlebot/2.1 (+http://www.google.com/bot.html)'), 'bot');
    assert.equal(userAgentClass('Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)'), 'tablet');
    assert.equal(userAgentClass('Mozilla/5.0 (Linux; Android 14) Mobile Safari'), 'mobile');
    assert.equal(userAgentClass('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/120.0'), 'desktop');
  });

  it('keeps only the referrer host', () => {
    assert.equal(referrerHost('https://t.co/abc?x=1'), 't.co');
    assert.equal(referrerHost('not a url'), null);
    assert.equal(referrerHost(undefined), null);
  });
});

describe('leadsCsv', () => {
  it('writes the header row, quotes fields that need it and ends lines with CRLF', () => {
    const csv = leadsCsv([{ id: 'lead_1', campaign_id: 'camp_1', email: 'a@example.org', name: 'Line\nBreak', consent: true, attributes: {}, language: null, channel: null, content_id: null, created_at: '2025-01-01T00:00:00.000Z' }]);
    assert.equal(csv, 'id,campaign_id,email,name,consent,language,channel,content_id,created_at,attributes\r\nlead_1,camp_1,a@example.org,"Line\nBreak",true,,,,2025-01-01T00:00:00.000Z,{}\r\n');
  });
});
