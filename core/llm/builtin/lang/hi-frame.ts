import type { Facts, FramePhrases, QuizItem } from './phrasebook.js';

export function hiList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} और ${items[items.length - 1]}`;
}

export const hiQuote = (text: string): string => `“${text}”`;

function quizItems(f: Facts): QuizItem[] {
  const items: QuizItem[] = [];
  const [a, b] = f.features;
  if (a !== undefined && b !== undefined) {
    items.push({ question: `इनमें से ${f.name} में क्या है?`, options: [a, b, 'दोनों'], answer: `दोनों — ${a} और ${b}।` });
  }
  for (const x of f.features) items.push({ question: `सही या ग़लत: ${f.name} में ${x} है।`, options: [], answer: 'सही।' });
  if (f.use !== null) items.push({ question: `${f.name} किस काम के लिए है?`, options: [], answer: `${f.use}।` });
  if (f.description !== null) items.push({ question: `${f.name} को एक लाइन में कैसे बताएँगे?`, options: [], answer: `${hiQuote(f.description)}।` });
  if (f.topics.length > 0) items.push({ question: `${f.persona} आम तौर पर किन विषयों पर लिखते हैं?`, options: [], answer: `${hiList(f.topics)}।` });
  items.push({ question: 'यह क्विज़ किस प्रॉडक्ट के बारे में है?', options: [], answer: `${f.name}।` });
  return items;
}

/** Hindi: labels and frame lines of each structure. */
export const hiFrame: FramePhrases = {
  list: hiList,
  quote: hiQuote,
  thread: { intro: (f) => [`${f.name} पर एक थ्रेड।`, `${f.name}, कुछ पोस्ट में।`] },
  review: {
    pros: 'खूबियाँ:',
    cons: 'कमियाँ:',
    verdict: 'फ़ैसला:',
    unlisted: 'अभी कोई खास फ़ीचर नहीं बताया गया है, इसलिए यहाँ कोई दावा नहीं किया गया है।',
    title: (f) => [`${f.name} का रिव्यू`, `रिव्यू: ${f.name}`],
    cons_lines: (f) => [
      ['कीमत पर यहाँ कुछ कहना मुमकिन नहीं, इसलिए वैल्यू का अंदाज़ा खुद लगाइए।', 'कीमत की जानकारी के बिना, पैसा वसूल है या नहीं, यह आप तय करें।'],
      ['भरोसा सिर्फ़ बताई गई खूबियों पर किया जा सकता है; बाकी बातें खुद जाँच लें।', 'जो बात फ़ीचर लिस्ट में नहीं है, उसे ख़रीदने से पहले जाँच लें।'],
      [f.use === null ? 'अगर आपकी ज़रूरतें खास हैं, तो पहले पूरी स्पेसिफ़िकेशन पढ़ें।' : `अगर आपको इसे ${f.use} से आगे भी इस्तेमाल करना है, तो पहले पूरी स्पेसिफ़िकेशन पढ़ें।`],
      ['यह हर तरह के ख़रीदार के लिए नहीं है।'],
    ],
    verdict_lines: (f) => [
      [f.features[0] === undefined ? `सही ख़रीदार के लिए ${f.name} विचार करने लायक है।` : `अगर आपको ${f.features[0]} की ज़रूरत है, तो ${f.name} की सिफ़ारिश करना आसान है।`],
      ['जिस काम के लिए यह है, उसके लिए इसका पक्ष मज़बूत है।', 'अपने दायरे में यह प्रॉडक्ट भरोसा जगाता है।'],
    ],
  },
  article: {
    title: (f) => [`${f.name}: जो आपको जानना चाहिए`, `${f.name} पर एक नज़दीकी नज़र`, `${f.name}, आसान शब्दों में`],
    byline: (f) => `लेखक: ${f.persona}`,
    heads: {
      facts: () => ['क्या है खास', 'मुख्य बातें'],
      use: () => ['यह किसके लिए है', 'यह कहाँ फ़िट बैठता है'],
      take: (f) => ['मेरी राय', `${f.persona} की नज़र से`],
      bottom: () => ['निचोड़', 'आख़िरी बात'],
    },
  },
  video: {
    scene: (n) => `सीन ${n}`,
    vo: 'वॉइस-ओवर:',
    shots: (f) => [
      [`${f.name} का क्लोज़-अप।`, `${f.name} की ओर धीमा पुश-इन।`],
      [`${f.persona} कैमरे से सीधे बात करते हुए।`, `${f.persona} कैमरे पर, मीडियम शॉट।`],
      [f.features[0] === undefined ? `${f.name} के डिटेल शॉट्स।` : `स्क्रीन पर टेक्स्ट: ${f.features[0]}।`],
      ['वाइड शॉट, प्रॉडक्ट इस्तेमाल में।', 'प्रॉडक्ट अपने असली माहौल में।'],
      [`${f.name} के नाम के साथ एंड कार्ड।`],
    ],
  },
  press: {
    release: 'तत्काल प्रकाशन हेतु',
    dateline: 'ऑनलाइन —',
    title: (f) => [`${f.persona} की पेशकश: ${f.name}`, `${f.persona} के साथ सुर्खियों में ${f.name}`],
    lead: (f) => [`${f.persona} ने आज ${f.name} को पेश किया।`, `${f.persona} आज ${f.name} को सुर्खियों में ला रहे हैं।`],
    feature: (f, x) => [`${f.name} में ${x} शामिल है।`, `${f.name} की मुख्य खूबियों में ${x} भी है।`, `${f.name} की पेशकश का अहम हिस्सा है ${x}।`],
    body: (f) => [
      ['घोषणा का फ़ोकस इस पर है कि प्रॉडक्ट वाकई क्या देता है।', 'ध्यान प्रॉडक्ट और उसकी खूबियों पर है।'],
      [`${f.name} से जुड़ी जानकारी निर्माता की बताई खूबियों तक सीमित है।`],
      ['और जानकारी उपलब्ध होते ही साझा की जाएगी।', 'आगे की जानकारी जल्द ही दी जाएगी।'],
    ],
    said: (f, words) => [`${f.persona} के शब्दों में: “${words}”`, `${f.persona} कहते हैं: “${words}”`, `जैसा ${f.persona} का कहना है: “${words}”`],
    about: (name) => `${name} के बारे में`,
    aboutLines: (f) => [
      ...(f.description === null ? [] : [[`${f.name}: ${hiQuote(f.description)}।`]]),
      ...(f.features.length === 0 ? [] : [[`मुख्य खूबियाँ: ${hiList(f.features)}।`]]),
    ],
    end: '###',
  },
  attribution: (f) => `— ${f.persona}, ${f.headline}`,
  quiz: {
    title: (f) => [`${f.name} क्विज़`, `क्विज़: आप ${f.name} को कितना जानते हैं?`],
    q: (n) => `सवाल ${n}:`,
    answer: 'जवाब:',
    items: quizItems,
  },
  landing: {
    headline: (f) => [`मिलिए ${f.name} से`, `${f.name}, एक नज़र में`],
    sub: (f) => [f.use === null ? 'ज़रूरी सब कुछ, एक ही जगह।' : `${f.use} के लिए।`],
    heads: { get: ['आपको क्या मिलता है', 'इसमें क्या है'], why: ['यह क्यों मायने रखता है', 'क्यों देखें'], who: ['यह किसके लिए है', 'किसे ध्यान देना चाहिए'] },
  },
  email: {
    subject: 'विषय:',
    subjects: (f) => [`${f.name}: छोटे में`, `${f.name} के बारे में एक छोटा-सा नोट`, `${f.name} के बारे में जो आपको जानना चाहिए`],
    greeting: ['नमस्ते,', 'नमस्कार,'],
    signoff: (f) => [`शुभकामनाओं सहित,\n${f.persona}`, `फिर मिलते हैं,\n${f.persona}`],
  },
  joint: {
    headline: (f) => [`${f.persona} × ${f.name}`],
    heads: { together: ['हम साथ मिलकर क्या कर रहे हैं', 'यह साझेदारी'], next: ['आगे क्या', 'जल्द आ रहा है'] },
    lines: (f) => [
      [`${f.persona} और ${f.name} का एक ही उसूल है: वही कहो जो साबित किया जा सके।`],
      ['जैसे-जैसे बात आगे बढ़ेगी, हम और जानकारी साझा करेंगे।', 'आगे की जानकारी सही समय पर दी जाएगी।'],
      ['साथ बने रहिए; यह एकतरफ़ा बात नहीं, बातचीत है।', 'जुड़िए, सवाल पूछिए और बताइए कि आप क्या सोचते हैं।'],
    ],
  },
};
