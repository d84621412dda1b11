import type { Facts, FramePhrases, QuizItem } from './phrasebook.js';

export function deList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}

export const deQuote = (text: string): string => `„${text}“`;

function quizItems(f: Facts): QuizItem[] {
  const items: QuizItem[] = [];
  const [a, b] = f.features;
  if (a !== undefined && b !== undefined) {
    items.push({ question: `Was davon bietet ${f.name}?`, options: [a, b, 'Beides'], answer: `Beides – ${a} und ${b}.` });
  }
  for (const x of f.features) items.push({ question: `Richtig oder falsch: ${f.name} kommt mit ${x}.`, options: [], answer: 'Richtig.' });
  if (f.use !== null) items.push({ question: `Wofür ist ${f.name} gemacht?`, options: [], answer: `Für ${f.use}.` });
  if (f.description !== null) items.push({ question: `Wie lässt sich ${f.name} in einem Satz beschreiben?`, options: [], answer: `${deQuote(f.description)}.` });
  if (f.topics.length > 0) items.push({ question: `Über welche Themen spricht ${f.persona} meistens?`, options: [], answer: `${deList(f.topics)}.` });
  items.push({ question: 'Um welches Produkt geht es in diesem Quiz?', options: [], answer: `${f.name}.` });
  return items;
}

/** German: labels and frame lines of each structure. */
export const deFrame: FramePhrases = {
  list: deList,
  quote: deQuote,
  thread: { intro: (f) => [`Ein Thread zu ${f.name}.`, `${f.name} in ein paar Posts.`] },
  review: {
    pros: 'Pro:',
    cons: 'Contra:',
    verdict: 'Fazit:',
    unlisted: 'Bisher sind keine konkreten Features genannt, also behaupte ich hier auch keine.',
    title: (f) => [`${f.name} im Test`, `Review: ${f.name}`],
    cons_lines: (f) => [
      ['Zum Preis kann ich hier nichts sagen, also wäge den Gegenwert selbst ab.', 'Ohne Preisangabe bleibt die Frage nach dem Gegenwert bei dir.'],
      ['Ich kann nur für die genannten Features sprechen; alles darüber hinaus solltest du selbst prüfen.', 'Was nicht auf der Feature-Liste steht, solltest du vor dem Kauf prüfen.'],
      [f.use === null ? 'Wenn deine Anforderungen speziell sind, lies zuerst die vollständigen Spezifikationen.' : `Wenn du mehr brauchst als ${f.use}, lies zuerst die vollständigen Spezifikationen.`],
      [`${f.name} passt nicht zu allen.`],
    ],
    verdict_lines: (f) => [
      [f.features[0] === undefined ? `${f.name} ist für die richtigen Käufer eine Überlegung wert.` : `Wenn dir ${f.features[0]} wichtig ist, ist ${f.name} eine leichte Empfehlung.`],
      ['Für den vorgesehenen Einsatz ist das ein starkes Argument.', 'Innerhalb dessen, was es sich vornimmt, überzeugt es.'],
    ],
  },
  article: {
    title: (f) => [`${f.name}: Was du wissen musst`, `${f.name} unter der Lupe`, `${f.name}, kurz erklärt`],
    byline: (f) => `Von ${f.persona}`,
    heads: {
      facts: () => ['Was heraussticht', 'Die wichtigsten Punkte'],
      use: () => ['Für wen es gedacht ist', 'Wo es hinpasst'],
      take: (f) => ['Meine Einschätzung', `Der ${f.persona}-Blick`],
      bottom: () => ['Unterm Strich', 'Fazit'],
    },
  },
  video: {
    scene: (n) => `SZENE ${n}`,
    vo: 'Sprecher:',
    shots: (f) => [
      [`Nahaufnahme von ${f.name}.`, `Langsame Kamerafahrt auf ${f.name}.`],
      [`${f.persona} spricht entspannt in die Kamera.`, `${f.persona} vor der Kamera, halbnah.`],
      [f.features[0] === undefined ? `Detailaufnahmen von ${f.name}.` : `Texteinblendung: ${f.features[0]}.`],
      ['Totale, das Produkt im Einsatz.', 'Das Produkt in seiner natürlichen Umgebung.'],
      [`Endkarte mit dem Namen ${f.name}.`],
    ],
  },
  press: {
    release: 'ZUR SOFORTIGEN VERÖFFENTLICHUNG',
    dateline: 'ONLINE –',
    title: (f) => [`${f.persona} präsentiert ${f.name}`, `${f.name} im Rampenlicht mit ${f.persona}`],
    lead: (f) => [`${f.persona} stellt heute ${f.name} vor.`, `${f.persona} rückt heute ${f.name} ins Rampenlicht.`],
    feature: (f, x) => [`${f.name} kommt mit ${x}.`, `Zu den zentralen Merkmalen von ${f.name} gehört ${x}.`, `${x} ist ein Kernstück des Angebots von ${f.name}.`],
    body: (f) => [
      ['Im Mittelpunkt der Ankündigung steht, was das Produkt tatsächlich bietet.', 'Der Fokus liegt auf dem Produkt selbst und seinen Merkmalen.'],
      [`Die Berichterstattung zu ${f.name} hält sich an die vom Hersteller genannten Merkmale.`],
      ['Weitere Details folgen, sobald sie verfügbar sind.', 'Weitere Informationen folgen in Kürze.'],
    ],
    said: (f, words) => [`${f.persona} bringt es auf den Punkt: „${words}“`, `In den Worten von ${f.persona}: „${words}“`, `${f.persona} sagt dazu: „${words}“`],
    about: (name) => `Über ${name}`,
    aboutLines: (f) => [
      ...(f.description === null ? [] : [[`${f.name}: ${deQuote(f.description)}.`]]),
      ...(f.features.length === 0 ? [] : [[`Zentrale Merkmale: ${deList(f.features)}.`]]),
    ],
    end: '###',
  },
  attribution: (f) => `— ${f.persona}, ${f.headline}`,
  quiz: {
    title: (f) => [`Das ${f.name}-Quiz`, `Quiz: Wie gut kennst du ${f.name}?`],
    q: (n) => `Frage ${n}:`,
    answer: 'Antwort:',
    items: quizItems,
  },
  landing: {
    headline: (f) => [`Das ist ${f.name}`, `${f.name} auf einen Blick`],
    sub: (f) => [f.use === null ? 'Alles, was du wissen musst, an einem Ort.' : `Gemacht für ${f.use}.`],
    heads: { get: ['Das bekommst du', 'Das steckt drin'], why: ['Warum es wichtig ist', 'Warum sich ein Blick lohnt'], who: ['Für wen es gedacht ist', 'Für wen es passt'] },
  },
  email: {
    subject: 'Betreff:',
    subjects: (f) => [`${f.name}: die Kurzfassung`, `Eine kurze Nachricht zu ${f.name}`, `Was du über ${f.name} wissen solltest`],
    greeting: ['Hallo,', 'Hi,'],
    signoff: (f) => [`Viele Grüße\n${f.persona}`, `Bis bald\n${f.persona}`],
  },
  joint: {
    headline: (f) => [`${f.persona} × ${f.name}`],
    heads: { together: ['Was wir gemeinsam vorhaben', 'Die Zusammenarbeit'], next: ['Wie es weitergeht', 'Demnächst'] },
    lines: (f) => [
      [`${f.persona} und ${f.name} teilen einen Anspruch: nur sagen, was sich belegen lässt.`],
      ['Wir teilen mehr, sobald es so weit ist.', 'Weitere Details folgen, sobald alles Gestalt annimmt.'],
      ['Mach mit – das hier soll ein Gespräch sein.', 'Misch dich ein, stell Fragen und sag uns, was du denkst.'],
    ],
  },
};
