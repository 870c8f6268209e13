/**
 * Words and line shapes of what follows an article on a scraped page:
 * licence and share lines, fundraising appeals, comment-thread headings,
 * and the informal register of reader comments.
 */

/** Lines that are page furniture, not article text. */
export const BOILERPLATE: RegExp[] = [
  /^(creative commons|copyright\b|©|\(c\) ?\d{4}|all rights reserved)/i,
  /\breport a typo\b/i,
  /\b(this|the) (article|story|post|piece) (was|is|first) (originally |first )?(published|posted|appeared)\b/i,
  /^(originally|first) (published|appeared)\b/i,
  /^(share|tweet|email|print|pin)( this( article| story)?)?( on \w+)?\s*[:!]?$/i,
  /^(subscribe|sign up|follow us|like us on|join our|get our newsletter|download our app)\b/i,
  /^(related( articles| stories)?|read more|see also|more from|recommended|you may also like|tags?|filed under)\s*[:›»]?/i,
  /^(the )?views expressed (in this article )?are (solely )?(those|the author)/i,
  /^(image|photo|picture) (source|credit)s?\b/i,
];

/**
 * A list of links to other stories run into the article's last paragraph, as a scraped page flattened to one
 * paragraph leaves it: "Related News …", "Related Coverage …", a view count and "Related …" ("... 43 Related").
 */
export const INLINE_RELATED = /(?<!\S)(?:Related (?:News|Coverage|Articles|Stories|Posts|Content)\b|\.\.\. ?\d+ (?:Related|Topic)\b)/;

/** Fundraising appeals ("Since you're here…", "support us", "donate"). */
export const FUNDRAISING: RegExp[] = [
  /since you['’]re here/i,
  /\b(a )?small favou?r to ask\b/i,
  /\b(please )?(donate|make a donation|chip in|become a (patron|member|supporter|subscriber))\b/i,
  /\bsupport (us|our (work|journalism|reporting)|independent (media|journalism))\b/i,
  /\bhelps? fund (it|us|our)\b/i,
  /\b(paywall|patreon|paypal)\b/i,
  /\bfor as little as [$£€]\d/i,
  /\bclick here to (support|donate|subscribe)\b/i,
];

/** A heading that opens a comment thread. */
export const COMMENT_HEADING =
  /^(\d+\s+)?(comments?|responses?|replies|reader comments|discussion|leave a (comment|reply)|join the (discussion|conversation)|add (a|your) comment|show comments)\s*[:(\d)]*$/i;

/** Per-comment furniture: "John says:", "Reply", "5 hours ago", "@user". */
export const COMMENT_FURNITURE = [
  /^\S+( \S+)? (says|said|wrote):$/i,
  /^(reply|report|flag|like|share|↑|↓)$/i,
  /^\d+ (minutes?|hours?|days?|weeks?|months?|years?) ago$/i,
  /^@\w+/,
];

export const PROFANITY = /\b(fuck\w*|shit\w*|retard\w*|idiot\w*|moron\w*|asses\b|asshole\w*|bullshit|crap|damn|stupid\w*|dumb\w*|scum\w*)|\*{3,}/gi;
export const INFORMAL = /\b(lol|lmao|imo|imho|btw|gonna|wanna|gotta|ain['’]?t|ya|yeah|nope|pretty much|y['’]all|kinda|sorta|dude|folks|lets see|go home|come on|wake up|sheeple|whatever|you guys|smh|wtf)\b/gi;
export const MISSING_APOSTROPHE = /\b(dont|cant|wont|didnt|isnt|doesnt|wouldnt|couldnt|shouldnt|ive|youre|theyre|whats)\b/gi;
export const FIRST_SECOND_PERSON = /\b(I|I['’]m|I['’]ve|I['’]d|me|my|you|your|you['’]re|yourselves|u)\b/g;
export const ADDRESS = /^(dear \w+|hey\b|@\w+|to the (poster|person|guy|author)|you (are|people|guys)\b)/i;
