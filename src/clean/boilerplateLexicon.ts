// Closed lists of page chrome that news sites put around an article. Gathered from the markup of English-language
// news sites (wire services, national dailies, regional outlets) as scraped to plain text; matched against a whole
// paragraph, case-insensitively, so a word from these lists inside a real sentence is never touched.

/** Ad slots left behind as text by scrapers. */
export const AD_MARKERS: readonly string[] = [
  'advertisement',
  'article ad box',
  'ad',
  'ads',
  'sponsored',
  'sponsored content',
  'paid content',
  'story continues below advertisement',
  'article continues below advertisement',
  'continue reading below',
  'scroll to continue with content',
  'skip advertisement',
];

/** Section labels and widget titles that stand alone on a line. */
export const STANDALONE_LABELS: readonly string[] = [
  'details',
  'context',
  'background',
  'comments',
  'comment',
  'share',
  'share this',
  'share this article',
  'share this story',
  'tags',
  'topics',
  'related',
  'related articles',
  'related stories',
  'related news',
  'read more',
  'read also',
  'also read',
  'see also',
  'more on this story',
  'most read',
  'most popular',
  'trending',
  'latest news',
  'latest',
  'recommended',
  'print',
  'email',
  'listen',
  'listen to this article',
  'video',
  'gallery',
  'photo',
  'photos',
  'subscribe',
  'newsletter',
  'follow us',
  'menu',
  'search',
  'home',
  'top stories',
  'editor\'s picks',
  'breaking',
  'breaking news',
  'live',
  'opinion',
  'analysis',
];

/** Openings of share, follow and subscribe prompts (matched at the start of a short paragraph). */
export const PROMPT_OPENINGS: readonly string[] = [
  'share this',
  'share on',
  'share via',
  'follow us',
  'follow our',
  'subscribe to',
  'subscribe for',
  'sign up for',
  'sign up to',
  'click here',
  'tap here',
  'read more:',
  'read also:',
  'also read:',
  'see also:',
  'related:',
  'join our',
  'join us on',
  'download our',
  'download the app',
  'get the app',
  'like us on',
  'support our journalism',
  'support independent journalism',
  'become a member',
  'we need your help',
  'if you have a news tip',
  'our standards:',
  'copyright ',
  '©',
  // The circled small c some Korean outlets print for ©.
  'ⓒ',
  'all rights reserved',
];

/** Openings of tag and category lines that close a page ("Tags: …", "Filed under …"). */
export const TAG_LINE_OPENINGS: readonly string[] = ['tags:', 'tags -', 'topics:', 'topic:', 'categories:', 'category:', 'filed under', 'keywords:', 'more about:', 'sections:'];

/** Photo agencies and wires whose credit closes a caption: "(Reuters)", "Getty Images". */
export const PHOTO_CREDITS: readonly string[] = [
  'reuters',
  'ap',
  'afp',
  'epa',
  'epa-efe',
  'getty images',
  'afp via getty images',
  'shutterstock',
  'alamy',
  'anadolu',
  'anadolu agency',
  'yonhap',
  'xinhua',
  'tass',
  'sputnik',
  'ria novosti',
  'kcna',
  'kcna via kns',
  'bloomberg',
  'pool',
  'handout',
  'file photo',
  'sipa',
  'imago',
  'dpa',
  'ukrinform',
];

/** Openings that say a paragraph describes a picture. */
export const CAPTION_OPENINGS: readonly string[] = ['in this photo', 'in this image', 'in this picture', 'pictured', 'file photo', 'a handout photo', 'photo:', 'image:', 'photograph:', 'photo by', 'image by'];

/** Words inside a caption credit ("AP Photo/…", "Photo: …", "Getty Images") that mark it as one. */
export const CREDIT_WORDS: readonly string[] = ['photo', 'photos', 'image', 'images', 'photograph', 'credit', 'courtesy', 'getty', 'reporting', 'editing'];

/** Reporting verbs that make a dash-led line the attribution of the quote above it ("– the ministry said"). */
export const REPORTING_VERBS: readonly string[] = [
  'said',
  'says',
  'stated',
  'states',
  'added',
  'adds',
  'wrote',
  'writes',
  'told',
  'noted',
  'notes',
  'declared',
  'announced',
  'reported',
  'reports',
  'emphasized',
  'emphasised',
  'stressed',
  'explained',
  'claimed',
  'according',
];

/** Name particles that may sit lower-case inside a person's name on a byline. */
export const NAME_PARTICLES: readonly string[] = ['de', 'del', 'der', 'van', 'von', 'da', 'di', 'la', 'le', 'bin', 'al', 'ibn', 'dos', 'du'];
