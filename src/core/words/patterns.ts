/**
 * Clutter wording that rules match inside longer lines (dates, bylines, credits, counters), as word
 * lists per language compiled into patterns. Each list covers at least English, Chinese, German,
 * French, Spanish, Portuguese, Arabic, Japanese and Russian where the wording exists there.
 * A word ending in `*` stands for its stem: any letters may follow.
 */

/** The words as one alternation: escaped, stems opened, longest first so none is cut short. */
function anyOf(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => {
      const stem = word.endsWith('*');
      const escaped = (stem ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
      return stem ? `${escaped}\\p{L}*` : escaped;
    })
    .join('|');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** Dates and times as pages print them: 12.03.2026, 2026-03-12, March 12, 2026, 12 Mar 2026, 10:30 am, 2026年3月12日. */
export const DATE = new RegExp(
  `\\b(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|(?:${anyOf(MONTHS)})[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+(?:${anyOf(MONTHS)})[a-z]*\\.?\\s+\\d{4}|\\d{1,2}:\\d{2}\\s*(?:am|pm)?|\\d{4}年\\d{1,2}月\\d{1,2}日)`,
  'iu',
);

/** "12 de marzo de 2026", "12. März 2026": a day, a month name in any language, a year. */
export const LOOSE_DATE = /\b\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,}\.?\s+(?:de\s+)?\d{4}\b/u;

/** What opens a byline or a dated line: "By", "Von", "Par", "Updated". */
const BYLINE_OPENERS = [
  'by', 'von', 'par', 'por', 'de', 'автор', 'بقلم', '文', '作者', '記者', 'written by', 'posted by', 'published', 'updated',
  'last updated', 'publié', 'actualizado', 'atualizado', 'обновлено', 'aktualisiert',
];
export const BYLINE = new RegExp(`^(?:${anyOf(BYLINE_OPENERS)})\\b[\\s:：]`, 'iu');

/** What opens a line that ends an article: follow-us calls, copyright, credits of the reporting, tips. */
const END_LINE_OPENERS = [
  'follow us', 'copyright', '©', 'all rights reserved', 'citation:', 'cite this', 'contact:', 'for more information', 'tag:', 'tags:',
  'topic:', 'topics:', 'filed under', 'share this', 'reporting by', 'additional reporting', 'editing by', 'writing by',
  'we want to hear from you', 'have a tip', 'have a news tip', 'send us a tip', 'sign up for', 'click here to', 'download the app',
  'provided by', 'more information:',
];
export const END_LINE = new RegExp(`^(?:${anyOf(END_LINE_OPENERS)}|follow\\s+(?:\\S+\\s+){1,4}on\\b|follow(?:\\s+\\S+){1,4}\\s*$|\\(c\\)\\s|©\\s*\\d{4})`, 'iu');

/** "1.2k views" and its kin. */
const VIEW_UNITS = ['views', 'reads', 'vues', 'vistas', 'visualizações', 'aufrufe', 'просмотр*', 'مشاهدة', '阅读', '浏览', '閲覧'];
export const VIEW_COUNT = new RegExp(`\\d[\\d.,]*\\s*[kKmM万千]?\\s*(?:${anyOf(VIEW_UNITS)})`, 'iu');

/** "Comments (12)". */
const COMMENT_WORDS = ['comment', 'comments', 'comentarios', 'comentários', 'kommentare', 'commentaires', 'комментари*', '评论', '評論', 'コメント', 'تعليق*'];
export const COMMENT_COUNT = new RegExp(`(?:${anyOf(COMMENT_WORDS)})\\s*\\(?\\d+\\)?`, 'iu');

/** "12 comments", "One response", "3 件のコメント": a counted comment heading. */
const COUNTED_COMMENT_WORDS = [
  'response', 'responses', 'comment', 'comments', 'replies', 'thought', 'thoughts', 'commentaire', 'commentaires', 'réaction', 'réactions',
  'comentario', 'comentarios', 'comentário', 'comentários', 'kommentar', 'kommentare', 'antworten', 'комментари*', 'отзыв*', '条评论',
  '評論', '评论', '件のコメント', 'コメント', 'تعليق', 'تعليقات',
];
export const COUNTED_COMMENTS = new RegExp(`^(?:one|\\d+)\\s*(?:${anyOf(COUNTED_COMMENT_WORDS)})(?![\\p{L}])`, 'iu');

/** Copyright notices. */
const COPYRIGHT_WORDS = ['©', '(c) ', 'all rights reserved', 'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados', '版权所有', '著作権'];
export const COPYRIGHT = new RegExp(`${anyOf(COPYRIGHT_WORDS.filter((word) => word !== '(c) '))}|\\(c\\) \\d{4}`, 'iu');

/** What opens "Updated: 11:05, Tue, Nov 19, 2019" anywhere in the body. */
const DATED_LINE_OPENERS = ['published', 'updated', 'posted', 'last updated', 'publié', 'mis à jour', 'veröffentlicht', 'aktualisiert', 'publicado', 'actualizado', 'atualizado', 'опубликовано', 'обновлено'];
export const DATED_LINE = new RegExp(`^[\\s\\p{P}]*(?:${anyOf(DATED_LINE_OPENERS)})\\b`, 'iu');

/** A cookie notice that slipped into the body. */
export const COOKIE_NOTICE = /\bcookies?\b.*\b(?:accept|consent|agree|opt[- ]out|experience|privacy)\b/iu;

/** "Photo: …", "Credit: …", "(Image credit: …)", "Foto: …", "图片来源：…", "Фото: …". */
const CREDIT_WORDS = [
  'photo', 'photos', 'photograph', 'photographs', 'image', 'picture', 'pictured', 'credit', 'credits', 'illustration', 'foto', 'fotos',
  'bild', 'photo credit', 'image credit', 'crédit photo', 'crédito', 'créditos', 'imagem', '图片来源', '图片', '图', '圖片', '写真', '画像',
  'фото', 'иллюстрация', 'صورة', 'الصورة',
];
export const CREDIT = new RegExp(`^[(\\[]?\\s*(?:${anyOf(CREDIT_WORDS)})\\s*(?:credit|source|courtesy)?\\s*[:：|/©]`, 'iu');
export const COURTESY = /^[([]?\s*courtesy(?: of)?\s/iu;

/** "Image 3 of 12". */
const GALLERY_WORDS = ['image', 'photo', 'picture', 'slide', 'bild', 'foto', 'imagen', 'imagem', 'изображение', 'фото', '图片', '写真', 'صورة'];
const OF_WORDS = ['of', '/', 'von', 'de', 'sur', 'из', 'من', '／'];
export const GALLERY_COUNTER = new RegExp(`^(?:${anyOf(GALLERY_WORDS)})\\s*\\d+\\s*(?:${anyOf(OF_WORDS)})\\s*\\d+$`, 'iu');

/** A caption printed as a paragraph, signed with its credit: "Protesters in the square (Image: GETTY)". */
const SIGNATURES = ['image', 'photo', 'picture', 'pictured', 'credit', 'ap photo', 'getty', 'getty images', 'reuters', 'afp'];
export const SIGNED_CAPTION = new RegExp(`\\((?:${anyOf(SIGNATURES)})\\b[^)]{0,60}\\)\\s*$`, 'iu');

/** "5 min read", "Lesezeit: 5 Minuten", "3 分钟阅读": the reading time a page prints under its title. */
const READ_TIME_AFTER = ['min read', 'mins read', 'minute read', 'minutes read', 'min reading', 'min. lesezeit', 'minuten lesezeit', 'min de lecture', 'minutes de lecture', 'min de lectura', 'minutos de lectura', 'min de leitura', 'minutos de leitura', 'мин чтения', 'минут чтения', '分钟阅读', '分鐘閱讀', '分で読めます', 'دقائق قراءة', 'دقيقة قراءة'];
const READ_TIME_BEFORE = ['reading time', 'read time', 'lesezeit', 'temps de lecture', 'tiempo de lectura', 'tempo de leitura', 'время чтения', '阅读时间', '読了時間', 'وقت القراءة'];
export const READ_TIME = new RegExp(`\\d+\\s*(?:${anyOf(READ_TIME_AFTER)})|(?:${anyOf(READ_TIME_BEFORE)})\\s*[:：]?\\s*\\d+`, 'iu');

/**
 * What a page prints before its author's name: "By", "Written by", "Posted by:", "Text:", "作者：",
 * and the link labels of an author's page ("View all posts by"). The nouns ("Author", "Text") only
 * with their colon: without it they may be the first word of a name.
 */
const AUTHOR_OPENERS = [
  'by', 'von', 'par', 'por', 'بقلم', 'written by', 'posted by', 'text by', 'words by', 'story by', 'recipe by', 'geschrieben von',
  'écrit par', 'escrito por', 'read more about', 'more about', 'all posts by', 'view all posts by', 'more posts by', 'see all posts by',
  'all articles by', 'more articles by', 'more stories by',
];
const AUTHOR_NOUNS = ['author', 'authors', 'autor', 'autorin', 'autoren', 'auteur', 'auteure', 'text', 'texte', 'texto', 'автор', 'текст', '作者', '记者', '記者', '文', '著者'];
/** "This post was written by": up to four words before a "written by". */
export const AUTHOR_PREFIX = new RegExp(
  `^(?:(?:\\S+\\s+){0,4}?(?:written|posted)\\s+by\\b|(?:${anyOf(AUTHOR_OPENERS)})\\b|(?:${anyOf(AUTHOR_NOUNS)})\\s*[:：/])\\s*[:：]?\\s*`,
  'iu',
);
/** "ByAmy Roeder": the page's "By" glued to the name, told by case ("Byron" is a name, "BYU" a university). */
export const GLUED_BY = /^By(?=\p{Lu}\p{Ll})/u;

/** A reviewer's line, not an author's: "Medically reviewed by …", "Fact-checked by …". */
const REVIEWER_OPENERS = ['reviewed by', 'medically reviewed by', 'fact checked by', 'fact-checked by', 'edited by', 'geprüft von', 'revisado por'];
export const REVIEWER_LINE = new RegExp(`^(?:${anyOf(REVIEWER_OPENERS)})\\b`, 'iu');

/**
 * Dates and times inside a byline, where they are often glued to the name ("Scott MattonMarch 2,
 * 2026", "Dec 17, 2025Julian Arni"): the patterns of DATE without their word boundaries, a weekday
 * of its own before a month ("Tue Aug 27, 2019", not the end of "Simon"), a month and day without a year ("Aug 15"), "04-ago-2021",
 * "2025/4/29" and times with seconds.
 */
const WEEKDAYS = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];
const MONTH_NAME = `(?:(?<!\\p{L})(?:${anyOf(WEEKDAYS)})[a-z]*\\.?,?\\s+)?(?:${anyOf(MONTHS)})[a-z]*\\.?`;
export const BYLINE_DATE = new RegExp(
  [
    `${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?!\\d)`,
    `${MONTH_NAME}\\s+\\d{4}`,
    `\\d{1,2}\\.?\\s+(?:de\\s+)?\\p{L}{3,}\\.?,?\\s+(?:de\\s+)?\\d{4}`,
    `\\d{1,4}[./-](?:\\d{1,2}|\\p{L}{3,})[./-]\\d{1,4}`,
    `\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:am|pm)?`,
    `\\d{4}年\\d{1,2}月\\d{1,2}日`,
  ].join('|'),
  'giu',
);

/**
 * What is left of a dated line once its date is cut out, glued to the name or not: "Published on",
 * "Updated:", "Last updated on", "am"; the short words only as words of their own.
 */
const DATE_OPENERS = [...DATED_LINE_OPENERS, 'submitted', 'eingereicht', 'soumis'];
const DATE_PREPOSITIONS = ['on', 'at', 'am', 'le', 'el', 'em'];
export const DATE_OPENER_AT_END = new RegExp(
  `(?:(?:${anyOf(DATE_OPENERS)})(?:\\s+(?:${anyOf(DATE_PREPOSITIONS)}))?|(?:^|\\s)(?:${anyOf(DATE_PREPOSITIONS)}))\\s*[:：]?\\s*$`,
  'iu',
);
