import type { AnglePhrases, Facts } from './phrasebook.js';
import { enList } from './en-frame.js';

const first = (f: Facts): string => f.features[0] ?? '';

/** English: the angle of each content type, in the persona's first person. */
export const enAngles: AnglePhrases = {
  hook: {
    product_review: (f) => [
      `I went through everything ${f.name} promises, and here is my honest read.`,
      `${f.name} is under my microscope this week, so let's see whether it earns a place on your list.`,
      `Review time: ${f.name}, judged on what it actually promises.`,
      `People keep asking me about ${f.name}, so here is where I land.`,
    ],
    product_launch: (f) => [
      `It's here: ${f.name} has officially launched.`,
      `Launch day, and the name on everyone's lips is ${f.name}.`,
      `The wait is over, because ${f.name} is finally out.`,
      `Say hello to ${f.name}, launching now.`,
    ],
    testimonial: (f) => [
      `I didn't expect much going in, but ${f.name} won me over.`,
      `Here is my experience with ${f.name}, in my own words.`,
      `A quick, honest story about ${f.name}.`,
    ],
    lead_magnet: (f) => [
      `Thinking about ${f.name}? I put together the short guide I wish I'd had.`,
      `Before you decide on ${f.name}, read this.`,
      `Everything that matters about ${f.name}, gathered in one place.`,
    ],
    trivia: (f) => [
      `Quick trivia: how well do you know ${f.name}?`,
      `Pop quiz time, and today's subject is ${f.name}.`,
      `Test yourself with the ${f.name} edition of trivia.`,
    ],
    collab_content: (f) => [
      `A collaboration I'm genuinely excited about: ${f.persona} and ${f.name}.`,
      `I'm teaming up with ${f.name}, and I want to tell you why.`,
      `Two names, one idea: ${f.persona} and ${f.name}.`,
    ],
  },
  feature: {
    product_review: (f, x) => [
      `I took a close look at ${x}, and it is the part that deserves your attention.`,
      `Of everything on the list, ${x} is what I would weigh most.`,
      `${x} carries a lot of weight in my assessment.`,
    ],
    product_launch: (f, x) => [
      `New with this launch: ${x}.`,
      `Front and centre at launch is ${x}.`,
      `${f.name} arrives with ${x}, and that alone is worth a look.`,
    ],
    testimonial: (f, x) => [
      `What won me over was ${x}.`,
      `For me, ${x} made the difference.`,
      `I noticed ${x} straight away, and it stuck with me.`,
    ],
    lead_magnet: (f, x) => [
      `Start with ${x}, because that is where ${f.name} shows its hand.`,
      `Worth knowing early: ${f.name} comes with ${x}.`,
      `Put ${x} at the top of your checklist.`,
    ],
    trivia: (f, x) => [
      `Fun fact: ${f.name} comes with ${x}.`,
      `Did you know? ${x} is part of the ${f.name} package.`,
      `Here's one for quiz night: ${f.name} brings ${x}.`,
    ],
    collab_content: (f, x) => [
      `Together we're putting ${x} in the spotlight.`,
      `What drew me to this partnership was ${x}.`,
      `Our collaboration starts with ${x}, and you'll see why.`,
    ],
  },
  angle: {
    product_review: () => [
      ['I judge a product on the claims it makes, not on the ones people wish it made.', 'My rule for reviews: test what is promised and ignore the noise around it.'],
      ['A spec sheet is a starting point, not a verdict.', 'Specs open the conversation; everyday use settles it.'],
      ['What matters is whether it holds up on an ordinary Tuesday, not on a launch stage.', 'The real test is a normal week, not a glossy event.'],
      ['You get my straight opinion, as always.', 'I would rather give you a clear answer than a long one.'],
      ['Every point here comes from what the product actually claims.', 'I stick to what is on the record; no guesswork.'],
    ],
    product_launch: () => [
      ['Launches are loud; I care about what still matters a month later.', 'Hype fades quickly, so I look at what will last.'],
      ['This is the moment to look at it with fresh eyes.', 'First impressions count, so here is mine.'],
      ['A new launch deserves a clear summary, not just fanfare.', 'Let me cut through the launch noise for you.'],
      ['Every launch makes promises; these are the ones on the table.', 'Here is what is actually being promised.'],
    ],
    testimonial: () => [
      ["I'm not easy to impress, so that says something.", 'I am picky about these things, which is why this counts.'],
      ['It is the small things in daily use that count for me.', 'Daily life is where a product proves itself.'],
      ['I went in sceptical and came out convinced.', 'My doubts did not last long.'],
      ['I like products that simply do what they say.', 'Keeping promises is what earns my trust.'],
    ],
    lead_magnet: () => [
      ['Good decisions start with the right questions.', 'The right questions save you a lot of second-guessing.'],
      ['This is the checklist I would want before choosing.', 'Think of this as your cheat sheet.'],
      ['No fluff, just the points that help you decide.', 'I kept only what helps you make up your mind.'],
      ['Save this for later; it will come in handy.', 'Bookmark it for the moment you need it.'],
    ],
    trivia: () => [
      ['Guess first, then read on.', 'Make your guess before you scroll.'],
      ['No searching allowed, just your best guess.', 'Honour system: no looking it up.'],
      ['Keep score and challenge a friend.', 'Count your points and pass it on to a friend.'],
      ['The best trivia is the kind you remember later.', 'Facts stick better when you guess them first.'],
    ],
    collab_content: () => [
      ['I only partner with brands whose promises I can stand behind.', 'My name only goes next to products I can vouch for.'],
      ['A good collab adds something neither side could do alone.', 'The best partnerships bring out something new on both sides.'],
      ['This partnership is about showing, not just telling.', 'Expect substance from this team-up, not a string of ads.'],
    ],
  },
  close: {
    product_review: (f) => [`My verdict: ${f.name} is worth a serious look.`, `Bottom line: if it fits your needs, ${f.name} belongs on your shortlist.`, `Would I recommend ${f.name}? For the right person, yes.`],
    product_launch: (f) => [`Welcome to the world, ${f.name}.`, `${f.name} is here, and I'll be watching how it does.`, `Keep an eye on ${f.name}; this is just the start.`],
    testimonial: (f) => [`${f.name} has earned my recommendation.`, `If you're on the fence about ${f.name}, consider this your nudge.`, `I'd choose ${f.name} again.`],
    lead_magnet: (f) => [`Want the full picture of ${f.name}? The next step is below.`, `If this helped, there is more on ${f.name} one click away.`],
    trivia: (f) => [`How did you score on ${f.name}?`, `Tell me how many ${f.name} questions you got right.`],
    collab_content: (f) => [`Here's to ${f.persona} and ${f.name}.`, `${f.persona} and ${f.name}: watch this space.`],
  },
  ask: {
    product_review: (f) => [[`Have you tried ${f.name} yet?`, `Is ${f.name} on your list?`], [`What should I look at next on ${f.name}?`, `Which detail of ${f.name} would you want me to dig into?`]],
    product_launch: (f) => [[`Which part of ${f.name} are you most curious about?`, `What do you want to know about ${f.name} first?`], [`Would you pick up ${f.name} on day one?`]],
    testimonial: (f) => [[`Has ${f.name} made it into your routine too?`, `What's your experience with ${f.name} so far?`], ['What would win you over?']],
    lead_magnet: (f) => [[`What is the one question about ${f.name} you still need answered?`, `What would help you decide on ${f.name}?`], ['Want me to go deeper on any point?']],
    trivia: (f) => [[`Quick one: can you name a key feature of ${f.name}?`, `What would you guess is the standout feature of ${f.name}?`], [`What do you think ${f.name} is built for?`]],
    collab_content: (f) => [[`What would you love to see from ${f.persona} and ${f.name}?`, `What should ${f.persona} and ${f.name} do together first?`], ['Any ideas for our next step?']],
  },
  description: (f, d) => [`In one line: ${d}.`, `The official description: “${d}”.`, `What it is, in a nutshell: ${d}.`],
  use: (f, u) => [`${f.name} is made for ${u}.`, `The intended use is clear: ${u}.`, `It is built with ${u} in mind.`],
  audience: (f, a) => [`The people it is aimed at: ${a}.`, `${f.name} is meant for ${a}.`, `If you count yourself among ${a}, this one is for you.`],
  recap: (f) => [`To recap the facts: ${enList(f.features)}.`, `The facts in one line: ${enList(f.features)}.`],
  persona: (f) => {
    const slots: string[][] = [];
    if (f.topics.length > 0) {
      slots.push([`I cover ${enList(f.topics)}, so I look at ${f.name} through that lens.`, `As someone who spends most days on ${enList(f.topics)}, I know what to look for.`]);
    }
    if (f.topics.length > 1 && f.features.length > 0) slots.push([`Where ${f.topics[0]} meets ${f.topics[1]}, details like ${first(f)} matter.`]);
    if (f.adjectives.length > 0) {
      slots.push([`You know my style: ${enList(f.adjectives)}, and that's how I'll keep this.`, `My take stays ${enList(f.adjectives)}, as always.`]);
    }
    return slots;
  },
  general: (f) => [
    ["Here's what I think you should know.", 'Let me break it down.'],
    ['I keep this practical, because your time matters.', 'Short and practical, as promised.'],
    [`The name to remember is ${f.name}.`, `Remember the name ${f.name}.`],
    ['Read the details, then make your own call.', 'Look at the facts and decide for yourself.'],
    ["Nothing here is invented; it's all from what the product actually offers.", 'I only talk about what is actually on offer.'],
    ['Context matters, so think about how you would use it.', 'Picture it in your own routine before you decide.'],
    ['Good products earn attention slowly and keep it.', 'Lasting value beats a loud first week.'],
    [`${f.name} will not be for everyone, and that's fine.`, `Not every product suits every person, ${f.name} included.`],
    ['Trends come and go; what works for you is what counts.', 'Ignore the noise and focus on what you actually need.'],
    ['The best choice is the one that fits your real life.', 'Buy for the life you have, not the one in the brochure.'],
    ['If something matters to you, check it twice.', 'Double-check whatever is most important to you.'],
    ['A good decision now saves a lot of regret later.', 'Taking a moment now saves second thoughts later.'],
  ],
};
