// Compliance of generated content in each supported language (en, de, fr, es, hi): the
// disclosures `standard` writes into the text, what `strict` refuses and flags, and that
// `off` adds nothing and says so. Test keys write with the builtin provider; live keys with
// a scripted fake provider whose text carries known claims.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { resolveToken } from '../core/container.js';
import { forEachBackend } from '../core/db/testing.js';
import { DATABASE } from '../core/tokens.js';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';
import { builtinPlugins } from '../plugins/index.js';
import { FakeProvider, fakeProviderPlugin } from '../plugins/content/testing/fake-provider.js';

type Json = Record<string, any>;

const DISCLOSURES: Record<string, string[]> = {
  en: ['#ad', '#AIgenerated'],
  de: ['#Werbung', '#KIgeneriert'],
  fr: ['#publicité', '#GénéréParIA'],
  es: ['#publicidad', '#GeneradoPorIA'],
  hi: ['#विज्ञापन', '#AIनिर्मित'],
};

/** Per language: a superlative, a health claim, a financial claim, a superlative the claims back, and a plain sentence. */
const CLAIMS: Record<string, { text: string[]; supported: string; flagged: string[] }> = {
  en: {
    text: ['This is the best shoe ever. ', 'It cures back pain. ', 'Guaranteed returns on every run. ', 'Unbeatable grip on wet roads. ', 'Lace it up.'],
    supported: 'Unbeatable grip on wet roads',
    flagged: ['This is the best shoe ever.', 'It cures back pain.', 'Guaranteed returns on every run.'],
  },
  de: {
    text: ['Das ist der beste Schuh. ', 'Er heilt Rückenschmerzen. ', 'Garantierte Rendite bei jedem Lauf. ', 'Unschlagbar leicht auf jeder Strecke. ', 'Schnür ihn.'],
    supported: 'Unschlagbar leicht',
    flagged: ['Das ist der beste Schuh.', 'Er heilt Rückenschmerzen.', 'Garantierte Rendite bei jedem Lauf.'],
  },
  fr: {
    text: ["C'est la meilleure chaussure. ", 'Elle guérit le mal de dos. ', 'Un rendement garanti à chaque course. ', 'Un amorti imbattable sur route. ', 'Lacez-la.'],
    supported: 'Amorti imbattable',
    flagged: ["C'est la meilleure chaussure.", 'Elle guérit le mal de dos.', 'Un rendement garanti à chaque course.'],
  },
  es: {
    text: ['Es la mejor zapatilla. ', 'Cura el dolor de espalda. ', 'Ganancias garantizadas en cada carrera. ', 'Agarre insuperable en mojado. ', 'Átatela.'],
    supported: 'Agarre insuperable',
    flagged: ['Es la mejor zapatilla.', 'Cura el dolor de espalda.', 'Ganancias garantizadas en cada carrera.'],
  },
  hi: {
    text: ['यह सर्वश्रेष्ठ जूता है। ', 'यह पीठ दर्द का इलाज करता है। ', 'हर दौड़ पर मुनाफ़ा पक्का है। ', 'गीली सड़क पर बेजोड़ पकड़। ', 'इसे पहनिए।'],
    supported: 'बेजोड़ पकड़',
    flagged: ['यह सर्वश्रेष्ठ जूता है।', 'यह पीठ दर्द का इलाज करता है।', 'हर दौड़ पर मुनाफ़ा पक्का है।'],
  },
};

const LANGUAGES = ['en', 'de', 'fr', 'es', 'hi'];

forEachBackend((backend) => {
  describe('content compliance', () => {
    let running: RunningApp;
    const fake = new FakeProvider();

    async function generate(key: 'test' | 'live', body: Json): Promise<{ status: number; body: Json }> {
      const response = await fetch(`${running.baseUrl}/v1/agents/agent_velo_automotive/content`, {
        method: 'POST',
        headers: { authorization: `Bearer ${running.keys[key]}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Json };
    }

    async function stored(): Promise<number> {
      const row = await sql<{ n: number }>`select count(*) as n from content_contents`.execute(resolveToken(running.app.container, DATABASE).kysely);
      return Number(row.rows[0]?.n);
    }

    before(async () => {
      running = await startInProcess({
        databaseUrl: await backend.freshUrl(),
        plugins: [...builtinPlugins, fakeProviderPlugin(fake)],
        config: { llm: { provider: 'fake' }, ratelimit: { plans: { growth: { read: 100000, write: 100000, generate: 100000, events: 100000 } } } },
      });
    });
    after(() => running.close());

    for (const language of LANGUAGES) {
      describe(language, () => {
        const product = { name: 'Pegasus 41', key_claims: [CLAIMS[language]!.supported] };

        it('standard writes the language\'s sponsorship marker and AI label into the text and lists them', async () => {
          const { status, body } = await generate('test', { content_type: 'product_launch', product, language });
          assert.equal(status, 201);
          assert.equal(body.language, language);
          assert.deepEqual(body.disclosures, DISCLOSURES[language]);
          assert.ok(body.text.endsWith(DISCLOSURES[language]!.join(' ')), body.text);
          for (const tag of DISCLOSURES[language]!) assert.ok(body.hashtags.includes(tag));
          assert.deepEqual(body.compliance, { mode: 'standard', disclosures_added: true, flags: [], note: null });
          assert.equal(body.ai_generated, true);
        });

        it('standard keeps a tweet within 280 characters, disclosures included', async () => {
          const { body } = await generate('test', { content_type: 'product_review', product: { ...product, key_features: ['ReactX foam', 'wider toe box', 'a 10 mm drop'] }, language, format: 'tweet', length: 'long' });
          assert.ok([...body.text].length <= 280, `${[...body.text].length} characters`);
          assert.ok(body.text.endsWith(DISCLOSURES[language]!.join(' ')));
        });

        it('strict refuses a testimonial without source_quote (422, nothing stored) and takes one with it', async () => {
          const before = await stored();
          const refused = await generate('test', { content_type: 'testimonial', product, language, compliance_mode: 'strict' });
          assert.equal(refused.status, 422);
          assert.equal(refused.body.code, 'testimonial_needs_source');
          assert.equal(refused.body.errors[0].field, 'source_quote');
          assert.equal(await stored(), before);
          const taken = await generate('test', { content_type: 'testimonial', product, language, compliance_mode: 'strict', source_quote: 'My knees thank me after every long run.' });
          assert.equal(taken.status, 201);
          assert.equal(taken.body.compliance.mode, 'strict');
          assert.deepEqual(taken.body.disclosures, DISCLOSURES[language]);
        });

        it('strict flags superlatives, health and financial claims the given claims do not carry', async () => {
          fake.next({ chunks: CLAIMS[language]!.text });
          const { body } = await generate('live', { content_type: 'product_review', product, language, compliance_mode: 'strict', include_cta: false });
          assert.equal(body.provider, 'fake');
          assert.deepEqual(
            body.compliance.flags.map((f: Json) => [f.code, f.sentence]),
            [
              ['unsupported_superlative', CLAIMS[language]!.flagged[0]],
              ['unsupported_health_claim', CLAIMS[language]!.flagged[1]],
              ['unsupported_financial_claim', CLAIMS[language]!.flagged[2]],
            ],
          );
          assert.equal(body.compliance.disclosures_added, true);
          assert.ok(body.text.endsWith(DISCLOSURES[language]!.join(' ')));
          assert.match(body.compliance.note, /3/);
          fake.next({ chunks: CLAIMS[language]!.text });
          const standard = await generate('live', { content_type: 'product_review', product, language, include_cta: false });
          assert.deepEqual(standard.body.compliance.flags, [], 'only strict flags');
        });

        it('off adds no disclosure and says so', async () => {
          const { body } = await generate('test', { content_type: 'product_launch', product, language, compliance_mode: 'off' });
          assert.equal(body.compliance.mode, 'off');
          assert.equal(body.compliance.disclosures_added, false);
          assert.deepEqual(body.disclosures, []);
          assert.match(body.compliance.note, /no disclosure/);
          for (const tag of DISCLOSURES[language]!) assert.ok(!body.text.includes(tag), tag);
          assert.equal(body.ai_generated, true);
        });
      });
    }

    it('does not write a disclosure twice when the provider already wrote it', async () => {
      fake.next({ chunks: ['Fresh drop. #ad'] });
      const { body } = await generate('live', { content_type: 'product_launch', product: { name: 'X' }, include_cta: false });
      assert.equal(body.text, 'Fresh drop. #ad\n\n#AIgenerated');
      assert.deepEqual(body.disclosures, ['#ad', '#AIgenerated']);
      assert.deepEqual(body.hashtags, ['#ad', '#AIgenerated']);
    });
  });
});
