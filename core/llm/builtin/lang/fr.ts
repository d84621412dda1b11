import type { AnglePhrases, Facts } from './phrasebook.js';
import { frList, frQuote } from './fr-frame.js';

const first = (f: Facts): string => f.features[0] ?? '';

/**
 * French: the angle of each content type, first person, "vous". Sentences avoid agreeing
 * a participle with the product or the persona, whose gender the request does not give.
 */
export const frAngles: AnglePhrases = {
  hook: {
    product_review: (f) => [
      `J'ai passé au crible tout ce que promet ${f.name}, et voici mon avis sincère.`,
      `${f.name} passe sur mon banc d'essai cette semaine.`,
      `L'heure de l'avis : ${f.name} face à ses propres promesses.`,
      `Vous me posez souvent des questions sur ${f.name} : voici ma réponse.`,
    ],
    product_launch: (f) => [
      `Ça y est : le lancement de ${f.name} est officiel.`,
      `Jour de lancement, et tout le monde parle de ${f.name}.`,
      `Fini l'attente : ${f.name} fait enfin son entrée.`,
      `Faites connaissance avec ${f.name}, qui arrive maintenant.`,
    ],
    testimonial: (f) => [
      `Je n'en attendais pas grand-chose, mais ${f.name} a su me convaincre.`,
      `Voici mon expérience avec ${f.name}, avec mes propres mots.`,
      `Une petite histoire honnête à propos de ${f.name}.`,
    ],
    lead_magnet: (f) => [
      `Vous pensez à ${f.name} ? J'ai préparé le petit guide que j'aurais aimé avoir.`,
      `Avant de vous décider pour ${f.name}, lisez ceci.`,
      `Tout ce qui compte sur ${f.name}, réuni au même endroit.`,
    ],
    trivia: (f) => [
      `Petit quiz : connaissez-vous bien ${f.name} ?`,
      `C'est l'heure du quiz, et aujourd'hui le sujet est ${f.name}.`,
      `Testez-vous avec l'édition ${f.name} de notre quiz.`,
    ],
    collab_content: (f) => [
      `Une collaboration qui me tient vraiment à cœur : ${f.persona} et ${f.name}.`,
      `Je m'associe à ${f.name}, et je veux vous dire pourquoi.`,
      `Deux noms, une idée : ${f.persona} et ${f.name}.`,
    ],
  },
  feature: {
    product_review: (f, x) => [
      `J'ai regardé ${x} de près, et c'est le point qui mérite votre attention.`,
      `De toute la liste, c'est ${x} qui pèse le plus dans mon jugement.`,
      `${x} compte beaucoup dans mon évaluation.`,
    ],
    product_launch: (f, x) => [
      `Nouveauté de ce lancement : ${x}.`,
      `Au cœur du lancement, il y a ${x}.`,
      `${f.name} arrive avec ${x}, et rien que cela vaut le coup d'œil.`,
    ],
    testimonial: (f, x) => [
      `Ce qui a fait la différence pour moi, c'est ${x}.`,
      `J'ai tout de suite remarqué ${x}, et ça m'est resté.`,
      `Pour moi, tout s'est joué sur ${x}.`,
    ],
    lead_magnet: (f, x) => [
      `Commencez par ${x} : c'est là que ${f.name} montre son jeu.`,
      `Bon à savoir : ${f.name} offre ${x}.`,
      `Placez ${x} en tête de votre liste de vérification.`,
    ],
    trivia: (f, x) => [
      `Le saviez-vous ? ${f.name} propose ${x}.`,
      `Anecdote : ${x} fait partie de ${f.name}.`,
      `Une pour votre prochaine soirée quiz : ${f.name} apporte ${x}.`,
    ],
    collab_content: (f, x) => [
      `Ensemble, nous mettons ${x} en lumière.`,
      `Ce qui m'a donné envie de ce partenariat : ${x}.`,
      `Notre collaboration commence par ${x}, et vous verrez pourquoi.`,
    ],
  },
  angle: {
    product_review: () => [
      ["Je juge un produit sur ce qu'il promet, pas sur ce qu'on aimerait qu'il promette.", 'Ma règle pour un test : vérifier ce qui est promis et ignorer le bruit autour.'],
      ["Une fiche technique est un point de départ, pas un verdict.", "Les caractéristiques ouvrent la discussion ; l'usage quotidien tranche."],
      ['Ce qui compte, c\'est de savoir si ça tient la route un mardi ordinaire, pas sur une scène.', "Le vrai test, c'est une semaine normale, pas un événement sur papier glacé."],
      ['Vous aurez mon avis franc, comme toujours.', 'Je préfère une réponse claire à une réponse longue.'],
      ['Chaque point ici repose sur ce que le produit annonce réellement.', "Je m'en tiens aux faits, sans spéculation."],
    ],
    product_launch: () => [
      ['Les lancements font du bruit ; moi, je regarde ce qui comptera encore dans un mois.', "L'engouement retombe vite, alors je regarde ce qui dure."],
      ['C\'est le moment de poser un regard neuf.', 'La première impression compte, alors voici la mienne.'],
      ['Un nouveau lancement mérite un résumé clair, pas seulement des fanfares.', 'Laissez-moi faire le tri dans le bruit du lancement.'],
      ['Chaque lancement fait des promesses ; voici celles qui sont sur la table.', 'Voici ce qui est réellement promis.'],
    ],
    testimonial: () => [
      ["Je ne m'enthousiasme pas facilement, alors ça veut dire quelque chose.", "J'ai des attentes élevées pour ce genre de choses, c'est dire."],
      ['Pour moi, ce sont les petites choses du quotidien qui comptent.', "C'est au quotidien qu'un produit fait ses preuves."],
      ["J'avais des doutes au départ, ils n'ont pas duré.", 'Mes doutes ont vite disparu.'],
      ["J'aime les produits qui font simplement ce qu'ils annoncent.", 'Tenir ses promesses, voilà ce qui gagne ma confiance.'],
    ],
    lead_magnet: () => [
      ['Les bonnes décisions commencent par les bonnes questions.', 'Les bonnes questions vous évitent bien des hésitations.'],
      ['Voici la liste de contrôle que je voudrais avoir avant de choisir.', 'Considérez ceci comme votre antisèche.'],
      ['Pas de blabla, seulement les points qui vous aident à décider.', "Je n'ai gardé que ce qui vous aide vraiment à trancher."],
      ['Enregistrez-le pour plus tard, il vous servira.', 'Gardez-le sous la main pour le moment où vous en aurez besoin.'],
    ],
    trivia: () => [
      ["Devinez d'abord, lisez ensuite.", 'Faites votre pronostic avant de faire défiler.'],
      ['Interdit de chercher : seulement votre meilleure intuition.', "Parole d'honneur : pas de recherche en ligne."],
      ['Comptez vos points et défiez un proche.', 'Notez votre score et faites passer le quiz.'],
      ['Les meilleures anecdotes sont celles dont on se souvient plus tard.', "On retient mieux ce qu'on a d'abord deviné."],
    ],
    collab_content: () => [
      ["Je ne m'associe qu'à des marques dont je peux défendre les promesses.", "Mon nom ne s'affiche qu'à côté de produits que je peux défendre."],
      ["Une bonne collaboration apporte ce qu'aucune des deux parties ne pourrait faire seule.", 'Les meilleurs partenariats font naître quelque chose de nouveau des deux côtés.'],
      ['Ce partenariat, c\'est montrer plutôt que raconter.', 'Attendez-vous à du fond, pas à une série de publicités.'],
    ],
  },
  close: {
    product_review: (f) => [`Mon verdict : ${f.name} mérite qu'on s'y intéresse sérieusement.`, `En résumé : si cela correspond à vos besoins, ${f.name} a sa place sur votre liste.`, `Est-ce que je recommande ${f.name} ? Pour la bonne personne, oui.`],
    product_launch: (f) => [`Bienvenue, ${f.name}.`, `${f.name} est là, et je vais suivre la suite de près.`, `Gardez un œil sur ${f.name} : ce n'est que le début.`],
    testimonial: (f) => [`${f.name} a gagné ma recommandation.`, `Si vous hésitez encore pour ${f.name}, voici le petit coup de pouce.`, `Je choisirais ${f.name} à nouveau.`],
    lead_magnet: (f) => [`Vous voulez la vue d'ensemble sur ${f.name} ? La prochaine étape est juste en dessous.`, `Si c'était utile, la suite sur ${f.name} est à un clic.`],
    trivia: (f) => [`Combien de points avez-vous marqués sur ${f.name} ?`, `Dites-moi combien de questions sur ${f.name} vous avez réussies.`],
    collab_content: (f) => [`À ${f.persona} et ${f.name} !`, `${f.persona} et ${f.name} : restez à l'écoute.`],
  },
  ask: {
    product_review: (f) => [[`Avez-vous déjà essayé ${f.name} ?`, `Avez-vous ${f.name} en tête pour vos prochains achats ?`], [`Que voulez-vous que je regarde de plus près sur ${f.name} ?`]],
    product_launch: (f) => [[`Qu'est-ce qui vous intrigue le plus chez ${f.name} ?`, `Que voulez-vous savoir en premier sur ${f.name} ?`], [`Adopteriez-vous ${f.name} dès le premier jour ?`]],
    testimonial: (f) => [[`Avez-vous, vous aussi, adopté ${f.name} au quotidien ?`, `Quelle est votre expérience avec ${f.name} ?`], ["Qu'est-ce qui vous convaincrait ?"]],
    lead_magnet: (f) => [[`Quelle question sur ${f.name} reste pour vous sans réponse ?`, `Qu'est-ce qui vous aiderait à vous décider sur ${f.name} ?`], ["Voulez-vous que j'approfondisse un point ?"]],
    trivia: (f) => [[`Petite question : pouvez-vous citer une caractéristique clé de ${f.name} ?`, `Selon vous, quelle est la caractéristique phare de ${f.name} ?`], [`À votre avis, à quoi sert ${f.name} ?`]],
    collab_content: (f) => [[`Qu'aimeriez-vous voir de ${f.persona} et ${f.name} ?`, `Par quoi ${f.persona} et ${f.name} devraient-ils commencer ensemble ?`], ['Des idées pour notre prochaine étape ?']],
  },
  description: (f, d) => [`En une phrase : ${frQuote(d)}.`, `Sa description officielle : ${frQuote(d)}.`, `En bref : ${frQuote(d)}.`],
  use: (f, u) => [`L'usage prévu est clair : ${u}.`, `${f.name} a un objectif précis : ${u}.`, `Tout tourne autour d'un usage : ${u}.`],
  audience: (f, a) => [`Le public visé : ${a}.`, `${f.name} s'adresse à ${a}.`, `Si vous vous reconnaissez dans ${frQuote(a)}, c'est pour vous.`],
  recap: (f) => [`Pour résumer les faits : ${frList(f.features)}.`, `Les faits en une ligne : ${frList(f.features)}.`],
  persona: (f) => {
    const slots: string[][] = [];
    if (f.topics.length > 0) {
      slots.push([`Je couvre ${frList(f.topics)}, et c'est avec ce regard que j'aborde ${f.name}.`, `Quand on passe ses journées sur ${frList(f.topics)}, on sait quoi regarder.`]);
    }
    if (f.topics.length > 1 && f.features.length > 0) slots.push([`Là où ${f.topics[0]} rencontre ${f.topics[1]}, des détails comme ${first(f)} comptent.`]);
    return slots;
  },
  general: (f) => [
    ['Voici ce que vous devez savoir.', "Je vous résume l'essentiel."],
    ['Je vais droit au but, parce que votre temps compte.', 'Court et concret, comme promis.'],
    [`Le nom à retenir : ${f.name}.`, `Retenez bien le nom ${f.name}.`],
    ['Lisez les détails, puis décidez par vous-même.', 'Regardez les faits et faites votre propre choix.'],
    ["Rien n'est inventé ici : tout vient de ce que le produit offre réellement.", 'Je ne parle que de ce qui est réellement proposé.'],
    ["Le contexte compte, alors pensez à la façon dont vous l'utiliseriez.", 'Imaginez-le dans votre quotidien avant de décider.'],
    ["Les bons produits gagnent l'attention lentement, et la gardent.", "Une valeur durable vaut mieux qu'une première semaine bruyante."],
    [`${f.name} ne conviendra pas à tout le monde, et c'est très bien ainsi.`, `Aucun produit ne convient à tout le monde, ${f.name} compris.`],
    ["Les tendances passent ; ce qui compte, c'est ce qui fonctionne pour vous.", "Oubliez le bruit et concentrez-vous sur ce dont vous avez vraiment besoin."],
    ['Le meilleur choix est celui qui colle à votre vraie vie.', 'Choisissez pour la vie que vous menez, pas pour celle de la brochure.'],
    ['Si un point compte pour vous, vérifiez-le deux fois.', 'Ce qui vous importe le plus mérite une double vérification.'],
    ["Une bonne décision aujourd'hui évite bien des regrets demain.", 'Prendre un moment maintenant vous épargne des doutes plus tard.'],
  ],
};
