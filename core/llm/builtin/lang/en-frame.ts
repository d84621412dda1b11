import type { Facts, FramePhrases, QuizItem } from './phrasebook.js';

export function enList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function quizItems(f: Facts): QuizItem[] {
  const items: QuizItem[] = [];
  const [a, b] = f.features;
  if (a !== undefined && b !== undefined) {
    items.push({ question: `Which of these does ${f.name} offer?`, options: [a, b, 'Both'], answer: `Both — ${a} and ${b}.` });
  }
  for (const x of f.features) items.push({ question: `True or false: ${f.name} comes with ${x}.`, options: [], answer: 'True.' });
  if (f.use !== null) items.push({ question: `What is ${f.name} made for?`, options: [], answer: `${f.use}.` });
  if (f.description !== null) items.push({ question: `How would you describe ${f.name} in one line?`, options: [], answer: `${f.description}.` });
  if (f.topics.length > 0) items.push({ question: `Which topics does ${f.persona} usually cover?`, options: [], answer: `${enList(f.topics)}.` });
  items.push({ question: 'Which product is this quiz about?', options: [], answer: `${f.name}.` });
  return items;
}

/** English: labels and frame lines of each structure. */
export const enFrame: FramePhrases = {
  list: enList,
  quote: (text) => `“${text}”`,
  thread: { intro: (f) => [`A thread on ${f.name}.`, `${f.name}, in a few posts.`] },
  review: {
    pros: 'Pros:',
    cons: 'Cons:',
    verdict: 'Verdict:',
    unlisted: 'No specific features are listed yet, so none are claimed here.',
    title: (f) => [`${f.name} review`, `Reviewed: ${f.name}`],
    cons_lines: (f) => [
      ["Price isn't something I can speak to here, so weigh the value yourself.", 'I have no price to judge, so value is your call.'],
      ['I can only vouch for the listed features; anything beyond them is for you to check.', 'Anything not on the feature list is worth checking before you buy.'],
      [f.use === null ? 'If your needs are unusual, read the full specifications first.' : `If you need it for more than ${f.use}, read the full specifications first.`],
      [`${f.name} won't suit every buyer.`],
    ],
    verdict_lines: (f) => [
      [f.features[0] === undefined ? `${f.name} is worth considering for the right buyer.` : `If ${f.features[0]} matters to you, ${f.name} is an easy recommendation.`],
      ['For its intended use, it makes a strong case.', 'Within what it sets out to do, it makes a convincing case.'],
    ],
  },
  article: {
    title: (f) => [`${f.name}: what you need to know`, `A closer look at ${f.name}`, `${f.name}, explained`],
    byline: (f) => `By ${f.persona}`,
    heads: {
      facts: () => ['What stands out', 'The key points'],
      use: () => ["Who it's for", 'Where it fits'],
      take: (f) => ['My take', `The ${f.persona} view`],
      bottom: () => ['The bottom line', 'Final thoughts'],
    },
  },
  video: {
    scene: (n) => `SCENE ${n}`,
    vo: 'VO:',
    shots: (f) => [
      [`close-up on ${f.name}.`, `slow push-in on ${f.name}.`],
      [`${f.persona} to camera, relaxed.`, `${f.persona} on camera, medium shot.`],
      [f.features[0] === undefined ? `detail shots of ${f.name}.` : `on-screen text: ${f.features[0]}.`],
      ['wide shot, the product in use.', 'the product in its natural setting.'],
      [`end card with the name ${f.name}.`],
    ],
  },
  press: {
    release: 'FOR IMMEDIATE RELEASE',
    dateline: 'ONLINE —',
    title: (f) => [`${f.persona} presents ${f.name}`, `${f.name} takes the spotlight with ${f.persona}`],
    lead: (f) => [`${f.persona} today presents ${f.name}.`, `${f.persona} is putting the spotlight on ${f.name} today.`],
    feature: (f, x) => [`${f.name} comes with ${x}.`, `Among the key features of ${f.name} is ${x}.`, `${x} is a central part of what ${f.name} offers.`],
    body: (f) => [
      ['The announcement focuses on what the product actually offers, feature by feature.', 'The focus is on the product itself and what it offers.'],
      [`Coverage of ${f.name} sticks to the features the makers list.`],
      ['Further details will be shared as they become available.', 'More information will follow in due course.'],
    ],
    said: (f, words) => [`“${words.replace(/\.$/u, ',')}” says ${f.persona}.`, `In the words of ${f.persona}: “${words}”`, `${f.persona} puts it this way: “${words}”`],
    about: (name) => `About ${name}`,
    aboutLines: (f) => [
      ...(f.description === null ? [] : [[`${f.name}: ${f.description}.`]]),
      ...(f.features.length === 0 ? [] : [[`Key features: ${enList(f.features)}.`]]),
    ],
    end: '###',
  },
  attribution: (f) => `— ${f.persona}, ${f.headline}`,
  quiz: {
    title: (f) => [`The ${f.name} quiz`, `Quiz: how well do you know ${f.name}?`],
    q: (n) => `Question ${n}:`,
    answer: 'Answer:',
    items: quizItems,
  },
  landing: {
    headline: (f) => [`Meet ${f.name}`, `${f.name}, at a glance`],
    sub: (f) => [f.use === null ? 'Everything you need to know, in one place.' : `Built for ${f.use}.`],
    heads: { get: ['What you get', "What's inside"], why: ['Why it matters', 'Why take a look'], who: ["Who it's for", 'Who should take a closer look'] },
  },
  email: {
    subject: 'Subject:',
    subjects: (f) => [`${f.name}: the short version`, `A quick note about ${f.name}`, `What you should know about ${f.name}`],
    greeting: ['Hi there,', 'Hello,'],
    signoff: (f) => [`Best,\n${f.persona}`, `Talk soon,\n${f.persona}`],
  },
  joint: {
    headline: (f) => [`${f.persona} × ${f.name}`],
    heads: { together: ["What we're doing together", 'The collaboration'], next: ["What's next", 'Coming up'] },
    lines: (f) => [
      [`${f.persona} and ${f.name} share one standard: say only what you can back up.`],
      ['We will share more as it unfolds.', 'More details will follow as things take shape.'],
      ['Follow along; this is meant to be a conversation.', 'Join in, ask questions and tell us what you think.'],
    ],
  },
};
