import type { Facts, FramePhrases, QuizItem } from './phrasebook.js';

export function frList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

export const frQuote = (text: string): string => `« ${text} »`;

function quizItems(f: Facts): QuizItem[] {
  const items: QuizItem[] = [];
  const [a, b] = f.features;
  if (a !== undefined && b !== undefined) {
    items.push({ question: `Qu'est-ce que ${f.name} propose parmi ces choix ?`, options: [a, b, 'Les deux'], answer: `Les deux — ${a} et ${b}.` });
  }
  for (const x of f.features) items.push({ question: `Vrai ou faux : ${f.name} offre ${x}.`, options: [], answer: 'Vrai.' });
  if (f.use !== null) items.push({ question: `À quoi sert ${f.name} ?`, options: [], answer: `${f.use}.` });
  if (f.description !== null) items.push({ question: `Comment décrire ${f.name} en une phrase ?`, options: [], answer: `${frQuote(f.description)}.` });
  if (f.topics.length > 0) items.push({ question: `Quels sont les sujets de prédilection de ${f.persona} ?`, options: [], answer: `${frList(f.topics)}.` });
  items.push({ question: 'Sur quel produit porte ce quiz ?', options: [], answer: `${f.name}.` });
  return items;
}

const VOWEL = '[AEIOUYÉÈÊËÀÂÎÏÔÛaeiouyéèêëàâîïôû]';

/** "de EV Series X Pro" -> "d'EV Series X Pro", "que AI-drive" -> "qu'AI-drive": elision before a vowel. */
export function frElide(text: string): string {
  return text
    .replace(new RegExp(`(?<!\\p{L})([Dd])e (?=${VOWEL})`, 'gu'), "$1'")
    .replace(new RegExp(`(?<!\\p{L})([Qq]u)e (?=${VOWEL})`, 'gu'), "$1'");
}

/** French: labels and frame lines of each structure. */
export const frFrame: FramePhrases = {
  list: frList,
  polish: frElide,
  quote: frQuote,
  thread: { intro: (f) => [`Un thread sur ${f.name}.`, `${f.name}, en quelques posts.`] },
  review: {
    pros: 'Points forts :',
    cons: 'Points faibles :',
    verdict: 'Verdict :',
    unlisted: "Aucune caractéristique précise n'est encore annoncée, donc je n'en invente pas.",
    title: (f) => [`Test de ${f.name}`, `${f.name} à l'essai`],
    cons_lines: (f) => [
      ["Je ne peux pas me prononcer sur le prix ici, à vous d'en juger la valeur.", 'Sans prix communiqué, le rapport qualité-prix reste à votre appréciation.'],
      ['Je ne peux parler que des caractéristiques annoncées ; le reste est à vérifier de votre côté.', "Tout ce qui ne figure pas dans la liste des caractéristiques mérite une vérification avant l'achat."],
      [f.use === null ? "Si vos besoins sont particuliers, consultez d'abord la fiche technique complète." : `Si vous en avez besoin pour autre chose que ${f.use}, consultez d'abord la fiche technique complète.`],
      ["Ce n'est pas un produit pour tous les profils."],
    ],
    verdict_lines: (f) => [
      [f.features[0] === undefined ? `Pour le bon profil, ${f.name} mérite réflexion.` : `Si ${f.features[0]} compte pour vous, ${f.name} se recommande facilement.`],
      ["Pour l'usage prévu, l'argument est solide.", 'Dans son domaine, la proposition convainc.'],
    ],
  },
  article: {
    title: (f) => [`${f.name} : ce qu'il faut savoir`, `Zoom sur ${f.name}`, `${f.name}, en clair`],
    byline: (f) => `Par ${f.persona}`,
    heads: {
      facts: () => ['Ce qui se démarque', 'Les points clés'],
      use: () => ['Pour qui ?', "Où cela s'inscrit"],
      take: (f) => ['Mon avis', `Le regard de ${f.persona}`],
      bottom: () => ['En résumé', 'Le mot de la fin'],
    },
  },
  video: {
    scene: (n) => `SCÈNE ${n}`,
    vo: 'Voix off :',
    shots: (f) => [
      [`gros plan sur ${f.name}.`, `lent travelling avant sur ${f.name}.`],
      [`${f.persona} face caméra, ton posé.`, `${f.persona} à l'écran, plan moyen.`],
      [f.features[0] === undefined ? `plans de détail sur ${f.name}.` : `texte à l'écran : ${f.features[0]}.`],
      ['plan large, le produit en situation.', 'le produit dans son environnement naturel.'],
      [`carton final avec le nom ${f.name}.`],
    ],
  },
  press: {
    release: 'COMMUNIQUÉ DE PRESSE – POUR DIFFUSION IMMÉDIATE',
    dateline: 'EN LIGNE —',
    title: (f) => [`${f.persona} présente ${f.name}`, `${f.name} sous les projecteurs avec ${f.persona}`],
    lead: (f) => [`${f.persona} présente aujourd'hui ${f.name}.`, `${f.persona} met aujourd'hui ${f.name} à l'honneur.`],
    feature: (f, x) => [`${f.name} offre ${x}.`, `Parmi les caractéristiques clés de ${f.name} figure ${x}.`, `${x} est au cœur de l'offre de ${f.name}.`],
    body: (f) => [
      ["L'annonce se concentre sur ce que le produit offre réellement.", "L'accent est mis sur le produit lui-même et ses caractéristiques."],
      [`La présentation de ${f.name} s'en tient aux caractéristiques indiquées par le fabricant.`],
      ["D'autres détails seront communiqués dès qu'ils seront disponibles.", 'De plus amples informations suivront prochainement.'],
    ],
    said: (f, words) => [`Comme le résume ${f.persona} : « ${words} »`, `Selon ${f.persona} : « ${words} »`, `${f.persona} le dit ainsi : « ${words} »`],
    about: (name) => `À propos de ${name}`,
    aboutLines: (f) => [
      ...(f.description === null ? [] : [[`${f.name} : ${frQuote(f.description)}.`]]),
      ...(f.features.length === 0 ? [] : [[`Caractéristiques clés : ${frList(f.features)}.`]]),
    ],
    end: '###',
  },
  attribution: (f) => `— ${f.persona}, ${f.headline}`,
  quiz: {
    title: (f) => [`Le quiz ${f.name}`, `Quiz : connaissez-vous ${f.name} ?`],
    q: (n) => `Question ${n} :`,
    answer: 'Réponse :',
    items: quizItems,
  },
  landing: {
    headline: (f) => [`Découvrez ${f.name}`, `${f.name} en un coup d'œil`],
    sub: (f) => [f.use === null ? "Tout ce qu'il faut savoir, au même endroit." : `Pensé pour ${f.use}.`],
    heads: { get: ['Ce que vous obtenez', 'Au programme'], why: ["Pourquoi c'est important", 'Pourquoi y regarder de plus près'], who: ['Pour qui ?', "À qui cela s'adresse"] },
  },
  email: {
    subject: 'Objet :',
    subjects: (f) => [`${f.name} : l'essentiel`, `Un petit mot sur ${f.name}`, `Ce qu'il faut savoir sur ${f.name}`],
    greeting: ['Bonjour,', 'Bonjour à vous,'],
    signoff: (f) => [`Bien à vous,\n${f.persona}`, `À bientôt,\n${f.persona}`],
  },
  joint: {
    headline: (f) => [`${f.persona} × ${f.name}`],
    heads: { together: ['Ce que nous faisons ensemble', 'La collaboration'], next: ['La suite', 'Prochainement'] },
    lines: (f) => [
      [`${f.persona} et ${f.name} partagent une exigence : ne dire que ce qui peut être prouvé.`],
      ['Nous en dirons plus au fil du projet.', "D'autres détails suivront à mesure que le projet prend forme."],
      ["Suivez-nous : c'est une conversation, pas un monologue.", 'Participez, posez vos questions et dites-nous ce que vous en pensez.'],
    ],
  },
};
