import type { AnglePhrases, Facts } from './phrasebook.js';
import { deList, deQuote } from './de-frame.js';

const first = (f: Facts): string => f.features[0] ?? '';

/** German: the angle of each content type, first person, informal "du" as social copy is. */
export const deAngles: AnglePhrases = {
  hook: {
    product_review: (f) => [
      `Ich habe mir ${f.name} genau angesehen – hier ist meine ehrliche Einschätzung.`,
      `${f.name} steht diese Woche bei mir auf dem Prüfstand.`,
      `Review-Zeit: ${f.name} im Check, gemessen an den eigenen Versprechen.`,
      `Viele fragen mich nach ${f.name}, also hier ist meine Antwort.`,
    ],
    product_launch: (f) => [
      `Es ist so weit: ${f.name} ist offiziell da.`,
      `Launch-Tag – und alle reden über ${f.name}.`,
      `Das Warten hat ein Ende, denn ${f.name} ist endlich draußen.`,
      `Darf ich vorstellen: ${f.name}, ab sofort am Start.`,
    ],
    testimonial: (f) => [
      `Ich hatte keine großen Erwartungen, aber ${f.name} hat mich überzeugt.`,
      `Hier ist meine Erfahrung mit ${f.name}, in meinen eigenen Worten.`,
      `Eine kurze, ehrliche Geschichte über ${f.name}.`,
    ],
    lead_magnet: (f) => [
      `Du denkst über ${f.name} nach? Ich habe den kurzen Guide zusammengestellt, den ich mir selbst gewünscht hätte.`,
      `Bevor du dich für ${f.name} entscheidest, lies das hier.`,
      `Alles Wichtige zu ${f.name}, an einem Ort gesammelt.`,
    ],
    trivia: (f) => [
      `Kurzes Quiz: Wie gut kennst du ${f.name}?`,
      `Zeit für ein Quiz – heute geht es um ${f.name}.`,
      `Teste dich selbst mit der ${f.name}-Ausgabe unseres Quiz.`,
    ],
    collab_content: (f) => [
      `Eine Zusammenarbeit, auf die ich mich wirklich freue: ${f.persona} und ${f.name}.`,
      `Ich tue mich mit ${f.name} zusammen – und will dir erzählen, warum.`,
      `Zwei Namen, eine Idee: ${f.persona} und ${f.name}.`,
    ],
  },
  feature: {
    product_review: (f, x) => [
      `${x} habe ich mir besonders genau angesehen, und das lohnt sich auch für dich.`,
      `Von allem auf der Liste wiegt ${x} für mich am schwersten.`,
      `${x} spielt in meiner Bewertung eine große Rolle.`,
    ],
    product_launch: (f, x) => [
      `Neu zum Launch: ${x}.`,
      `Im Mittelpunkt des Launches steht ${x}.`,
      `${f.name} kommt mit ${x} – allein das ist einen Blick wert.`,
    ],
    testimonial: (f, x) => [
      `Überzeugt hat mich ${x}.`,
      `Für mich hat ${x} den Unterschied gemacht.`,
      `${x} ist mir sofort aufgefallen und im Kopf geblieben.`,
    ],
    lead_magnet: (f, x) => [
      `Fang mit ${x} an, denn genau dort wird es bei ${f.name} spannend.`,
      `Gut zu wissen: ${f.name} kommt mit ${x}.`,
      `Setz ${x} ganz oben auf deine Checkliste.`,
    ],
    trivia: (f, x) => [
      `Schon gewusst? ${f.name} kommt mit ${x}.`,
      `Fun Fact: ${x} gehört zu ${f.name}.`,
      `Eine für den Quizabend: ${f.name} bringt ${x} mit.`,
    ],
    collab_content: (f, x) => [
      `Gemeinsam rücken wir ${x} ins Rampenlicht.`,
      `Was mich an dieser Partnerschaft gereizt hat: ${x}.`,
      `Unsere Zusammenarbeit beginnt mit ${x} – und du wirst sehen, warum.`,
    ],
  },
  angle: {
    product_review: () => [
      ['Ich bewerte ein Produkt nach dem, was es verspricht – nicht nach dem, was man sich wünscht.', 'Meine Regel für Reviews: prüfen, was versprochen wird, und den Lärm drumherum ignorieren.'],
      ['Ein Datenblatt ist ein Anfang, kein Urteil.', 'Technische Daten eröffnen das Gespräch, der Alltag entscheidet es.'],
      ['Entscheidend ist, ob es an einem ganz normalen Dienstag überzeugt, nicht auf einer Bühne.', 'Der echte Test ist eine normale Woche, kein glänzendes Event.'],
      ['Du bekommst meine ehrliche Meinung, wie immer.', 'Lieber eine klare Antwort als eine lange.'],
      ['Jeder Punkt hier stützt sich auf das, was das Produkt tatsächlich verspricht.', 'Ich halte mich an die Fakten, ohne Spekulation.'],
    ],
    product_launch: () => [
      ['Launches sind laut; mich interessiert, was auch einen Monat später noch zählt.', 'Der Hype verfliegt schnell, also schaue ich auf das, was bleibt.'],
      ['Jetzt ist der Moment, mit frischem Blick hinzuschauen.', 'Der erste Eindruck zählt – hier ist meiner.'],
      ['Ein neuer Launch verdient eine klare Zusammenfassung, nicht nur Fanfaren.', 'Ich filtere den Launch-Lärm für dich.'],
      ['Jeder Launch macht Versprechen – das sind die, die auf dem Tisch liegen.', 'Hier steht, was tatsächlich versprochen wird.'],
    ],
    testimonial: () => [
      ['Ich bin nicht leicht zu beeindrucken, das will also etwas heißen.', 'Bei so etwas bin ich wählerisch – umso mehr zählt das.'],
      ['Für mich zählen die kleinen Dinge im Alltag.', 'Im Alltag zeigt sich, was ein Produkt kann.'],
      ['Ich war skeptisch und bin überzeugt rausgegangen.', 'Meine Zweifel hielten nicht lange.'],
      ['Ich mag Produkte, die einfach halten, was sie versprechen.', 'Wer seine Versprechen hält, gewinnt mein Vertrauen.'],
    ],
    lead_magnet: () => [
      ['Gute Entscheidungen beginnen mit den richtigen Fragen.', 'Die richtigen Fragen ersparen dir viel Grübeln.'],
      ['Das ist die Checkliste, die ich vor einer Entscheidung haben möchte.', 'Betrachte das als deinen Spickzettel.'],
      ['Kein Blabla, nur die Punkte, die dir bei der Entscheidung helfen.', 'Ich habe nur behalten, was dir wirklich weiterhilft.'],
      ['Speicher dir das ab, es wird dir noch nützen.', 'Leg dir ein Lesezeichen an für den Moment, in dem du es brauchst.'],
    ],
    trivia: () => [
      ['Erst raten, dann weiterlesen.', 'Tipp ab, bevor du weiterscrollst.'],
      ['Nicht googeln – nur dein bester Tipp zählt.', 'Ehrenwort: nicht nachschlagen.'],
      ['Zähl deine Punkte und fordere jemanden aus deinem Freundeskreis heraus.', 'Notier deine Punkte und schick das Quiz weiter.'],
      ['Das beste Quizwissen ist das, an das man sich später erinnert.', 'Was man erst rät, merkt man sich besser.'],
    ],
    collab_content: () => [
      ['Ich arbeite nur mit Marken zusammen, hinter deren Versprechen ich stehen kann.', 'Mein Name steht nur neben Produkten, für die ich mich verbürgen kann.'],
      ['Eine gute Kollaboration schafft etwas, das keine Seite allein könnte.', 'Die besten Partnerschaften bringen auf beiden Seiten etwas Neues hervor.'],
      ['Bei dieser Partnerschaft geht es ums Zeigen, nicht nur ums Erzählen.', 'Erwarte Substanz statt einer Reihe von Anzeigen.'],
    ],
  },
  close: {
    product_review: (f) => [`Mein Fazit: ${f.name} ist einen genauen Blick wert.`, `Unterm Strich: Wenn es zu deinen Anforderungen passt, gehört ${f.name} auf deine Shortlist.`, `Würde ich ${f.name} empfehlen? Für die richtige Person: ja.`],
    product_launch: (f) => [`Willkommen, ${f.name}.`, `${f.name} ist da – und ich bleibe dran.`, `Behalte ${f.name} im Auge; das ist erst der Anfang.`],
    testimonial: (f) => [`${f.name} hat sich meine Empfehlung verdient.`, `Falls du bei ${f.name} noch zögerst: Das hier ist dein Schubs.`, `Ich würde mich wieder für ${f.name} entscheiden.`],
    lead_magnet: (f) => [`Du willst das ganze Bild zu ${f.name}? Der nächste Schritt steht unten.`, `Wenn dir das geholfen hat: Mehr zu ${f.name} ist nur einen Klick entfernt.`],
    trivia: (f) => [`Wie viele Punkte hast du bei ${f.name} geholt?`, `Verrat mir, wie viele ${f.name}-Fragen du richtig hattest.`],
    collab_content: (f) => [`Auf ${f.persona} und ${f.name}!`, `${f.persona} und ${f.name}: Bleib dran.`],
  },
  ask: {
    product_review: (f) => [[`Hast du ${f.name} schon ausprobiert?`, `Steht ${f.name} auf deiner Liste?`], [`Was soll ich mir an ${f.name} als Nächstes genauer ansehen?`]],
    product_launch: (f) => [[`Worauf bist du bei ${f.name} am meisten gespannt?`, `Was willst du als Erstes über ${f.name} wissen?`], [`Würdest du ${f.name} gleich am ersten Tag holen?`]],
    testimonial: (f) => [[`Gehört ${f.name} bei dir auch schon zum Alltag?`, `Welche Erfahrungen hast du mit ${f.name} gemacht?`], ['Was würde dich überzeugen?']],
    lead_magnet: (f) => [[`Welche Frage zu ${f.name} ist für dich noch offen?`, `Was würde dir bei der Entscheidung für ${f.name} helfen?`], ['Soll ich bei einem Punkt tiefer einsteigen?']],
    trivia: (f) => [[`Kurze Frage: Kennst du ein zentrales Feature von ${f.name}?`, `Was glaubst du, ist das herausragende Feature von ${f.name}?`], [`Was meinst du, wofür ${f.name} gemacht ist?`]],
    collab_content: (f) => [[`Was würdest du gern von ${f.persona} und ${f.name} sehen?`, `Was sollten ${f.persona} und ${f.name} als Erstes gemeinsam machen?`], ['Hast du Ideen für unseren nächsten Schritt?']],
  },
  description: (f, d) => [`Kurz gesagt: ${deQuote(d)}.`, `Die offizielle Beschreibung lautet: ${deQuote(d)}.`, `In einem Satz: ${deQuote(d)}.`],
  use: (f, u) => [`${f.name} ist für ${u} gemacht.`, `Der Einsatzzweck ist klar: ${u}.`, `Entwickelt wurde ${f.name} mit Blick auf ${u}.`],
  audience: (f, a) => [`Die Zielgruppe: ${a}.`, `${f.name} richtet sich an ${a}.`, `Wenn du dich zu ${a} zählst, ist das hier für dich.`],
  recap: (f) => [`Die Fakten noch einmal zusammengefasst: ${deList(f.features)}.`, `Die Fakten in einer Zeile: ${deList(f.features)}.`],
  persona: (f) => {
    const slots: string[][] = [];
    if (f.topics.length > 0) {
      slots.push([`Ich beschäftige mich mit ${deList(f.topics)}, und genau durch diese Brille schaue ich auf ${f.name}.`, `Wer wie ich täglich mit ${deList(f.topics)} zu tun hat, weiß, worauf es ankommt.`]);
    }
    if (f.topics.length > 1 && f.features.length > 0) slots.push([`Wo ${f.topics[0]} auf ${f.topics[1]} trifft, zählen Details wie ${first(f)}.`]);
    return slots;
  },
  general: (f) => [
    ['Hier ist, was du wissen solltest.', 'Ich fasse es für dich zusammen.'],
    ['Ich halte es praktisch, denn deine Zeit ist wertvoll.', 'Kurz und praktisch, wie versprochen.'],
    [`Merk dir den Namen ${f.name}.`, `Der Name, den du dir merken solltest: ${f.name}.`],
    ['Lies die Details und entscheide dann selbst.', 'Schau dir die Fakten an und triff deine eigene Entscheidung.'],
    ['Hier ist nichts erfunden; alles stammt aus dem, was das Produkt tatsächlich bietet.', 'Ich spreche nur über das, was wirklich geboten wird.'],
    ['Der Kontext zählt – überleg dir, wie du es nutzen würdest.', 'Stell es dir in deinem eigenen Alltag vor, bevor du entscheidest.'],
    ['Gute Produkte gewinnen Aufmerksamkeit langsam – und behalten sie.', 'Nachhaltiger Wert schlägt eine laute erste Woche.'],
    [`${f.name} ist nicht für alle gemacht, und das ist in Ordnung.`, `Nicht jedes Produkt passt zu jedem Menschen, auch ${f.name} nicht.`],
    ['Trends kommen und gehen; was für dich funktioniert, zählt.', 'Blende den Lärm aus und konzentrier dich auf das, was du wirklich brauchst.'],
    ['Die beste Wahl ist die, die zu deinem echten Leben passt.', 'Kauf für das Leben, das du hast, nicht für das aus dem Prospekt.'],
    ['Wenn dir etwas wichtig ist, prüf es lieber zweimal.', 'Was dir am wichtigsten ist, solltest du doppelt checken.'],
    ['Eine gute Entscheidung jetzt erspart dir später viel Ärger.', 'Ein Moment Nachdenken jetzt erspart dir später Zweifel.'],
  ],
};
