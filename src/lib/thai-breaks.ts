import { SAXParser } from 'parse5-sax-parser';

/**
 * Thai is written without spaces between words, and browsers find line breaks in it with a
 * dictionary: a word the dictionary lacks (ทริป, บ้านปะอาว, กาบบัว) may break inside itself.
 * At build time we mark the word boundaries ourselves: each run of Thai letters becomes
 * `<span class="tw">` (CSS `white-space: nowrap`, so the browser's own dictionary breaks are off)
 * with `<wbr>` between its words (which browsers honour inside nowrap, as in the old
 * `<nobr>`/`<wbr>` idiom). Neither adds a character, so copied text is the original text.
 *
 * Boundaries come from `Intl.Segmenter` (ICU's dictionary, so it shares the browser's gaps),
 * corrected by a list of known words: names from content/ and loanwords ICU splits.
 */

/** The class of a marked run; src/styles/global.css keeps it on one line except at its `<wbr>`s. */
export const thaiRunClass = 'tw';

/**
 * Words Khong Dee uses that ICU's dictionary splits: loanwords, names too long to come from content
 * as names (a stop called สกายวอล์กทะเลหมอกอัยเยอร์เวง), and compounds a Thai reader does not
 * expect cut at a line's end. Add to it when a page shows a word cut in two (see "Look at the
 * pages" in CONTRIBUTING.md).
 */
export const thaiWordsIcuSplits = [
	// loanwords
	'ทริป',
	'โฮมสเตย์',
	'คาเฟ่',
	'เวิร์กช็อป',
	'ช็อป',
	// names
	'อัยเยอร์เวง',
	'สันกาลาคีรี',
	'ไทลื้อ',
	'ปู่ม่านย่าม่าน',
	// compounds
	'ทะเลหมอก',
	'หอนาฬิกา',
	'ท้องถิ่น',
	'เส้นตรง',
	'ผู้หญิง',
	'แลกเปลี่ยน',
	'เชี่ยนหมาก',
	'พระธาตุ',
	'ถนนคนเดิน',
	'ท่าอากาศยาน',
	'ตะวันออก',
	'ตัวเมือง',
	'เดินทาง',
	'บ่อเกลือ',
] as const;

/** A run of Thai letters and marks (U+0E01–U+0E4E), without digits, spaces or punctuation. */
const thaiRun = /[\u0E01-\u0E4E]+/g;
/**
 * What cannot start a line: vowels after or above and below their letter, tone marks, ๆ; and a
 * letter silenced by ์ (the ร of อัยเยอร์), which ends the syllable before it.
 */
const attached =
	/^(?:[\u0E30-\u0E3A\u0E45-\u0E4E]|[\u0E01-\u0E2E][\u0E31-\u0E3A\u0E47-\u0E4B]*\u0E4C)/;
/** What cannot end a line: a vowel written before its letter (เ แ โ ใ ไ). */
const leading = /[\u0E40-\u0E44]/;

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * The names in parsed content (a province, a stop, an alias, a category): the runs of Thai of 3 to 20
 * letters in every short string value (up to 40 characters: a name, not a sentence). A run longer
 * than that would be a phrase, whose inner breaks must stay.
 * @example thaiNames({ name: { th: 'บ้าน ปะอาว', en: 'Ban Pa Ao' } }) // => ['บ้าน', 'ปะอาว']
 */
export function thaiNames(value: unknown): string[] {
	if (typeof value === 'string') {
		if (value.length > 40) return [];
		return (value.match(thaiRun) ?? []).filter((run) => run.length >= 3 && run.length <= 20);
	}
	if (Array.isArray(value)) return value.flatMap(thaiNames);
	if (value && typeof value === 'object') return Object.values(value).flatMap(thaiNames);
	return [];
}

/** The known words as one pattern, longest first, so the longest word at a place wins. */
export function knownWordsPattern(words: Iterable<string>): RegExp | undefined {
	const list = [...new Set(words)].filter((w) => /^[\u0E01-\u0E4E]{2,}$/.test(w));
	if (list.length === 0) return undefined;
	list.sort((a, b) => b.length - a.length);
	return new RegExp(list.join('|'), 'g');
}

/**
 * Where a run of Thai may break: offsets strictly inside `run`, ascending.
 * ICU's word boundaries, except inside a known word, plus the known words' own edges.
 * @example thaiBreaks('เครื่องเงินในทริปน่าน', knownWordsPattern(['ทริป'])) // => [7, 11, 13, 17]
 */
export function thaiBreaks(run: string, known?: RegExp): number[] {
	return thaiBreaksOfRuns([run], known)[0]!;
}

/**
 * `thaiBreaks()` of many runs at once, as one text: each call into ICU (and each regular
 * expression search) costs more than the few letters of a typical run, and a page has hundreds.
 * The runs are joined by spaces, which change no break: ICU segments each stretch of Thai letters
 * on its own, and no known word holds a space.
 */
export function thaiBreaksOfRuns(runs: readonly string[], known?: RegExp): number[][] {
	const text = runs.join(' ');
	const starts: number[] = [];
	for (let at = 0, i = 0; i < runs.length; at += runs[i]!.length + 1, i++) starts.push(at);
	const breaks = runs.map(() => new Set<number>());
	/** Calls `at(run, offset in it)` for ascending offsets into `text`. */
	const walk = () => {
		let k = 0;
		return (index: number, at: (run: number, offset: number) => void) => {
			while (k + 1 < runs.length && index >= starts[k + 1]!) k++;
			at(k, index - starts[k]!);
		};
	};
	const icu = walk();
	for (const { index } of segmenter.segment(text))
		icu(index, (k, b) => {
			if (b > 0 && b < runs[k]!.length) breaks[k]!.add(b);
		});
	if (known) {
		const word = walk();
		for (const match of text.matchAll(known))
			word(match.index, (k, start) => {
				const end = start + match[0].length;
				const inRun = breaks[k]!;
				for (const b of inRun) if (b > start && b < end) inRun.delete(b);
				if (start > 0) inRun.add(start);
				if (end < runs[k]!.length) inRun.add(end);
			});
	}
	return runs.map((run, k) =>
		[...breaks[k]!]
			.filter((b) => !attached.test(run.slice(b)) && !leading.test(run[b - 1]!))
			.sort((a, b) => a - b),
	);
}

/** One run of Thai as HTML: kept whole, with `<wbr>` at each of its breaks. Short runs stay as they are. */
export function markThaiRun(run: string, known?: RegExp): string {
	// Two letters cannot break anywhere sensible; not marking them saves bytes on every page.
	if (run.length < 3) return run;
	return applyThaiBreaks(run, [[0, run.length, thaiBreaks(run, known)]]);
}

/**
 * Elements whose text is left alone: every element whose text a browser reads as raw text (a
 * <span> put there would show as written), text that cannot hold elements, and SVG.
 */
const leftAlone = new Set([
	'script',
	'style',
	'title',
	'textarea',
	'xmp',
	'iframe',
	'noembed',
	'noframes',
	'noscript',
	'plaintext',
	'option',
	'svg',
	'head',
	'template',
]);

/**
 * Where a page's Thai is marked, as numbers only: for each run of Thai in its text (three letters
 * or more), its start and end in the page and its breaks (offsets inside the run). What
 * `applyThaiBreaks()` needs, and small enough to keep in the build cache for the next build.
 */
export type ThaiBreakPlan = [start: number, end: number, breaks: number[]][];

/**
 * Plans the marking of every run of Thai in a built page's text (`markThaiRun`); tags,
 * attributes, comments and the text of `leftAlone` elements (and of any element with `hidden`)
 * are left alone. The page is read by parse5's tokenizer (the HTML standard's, as a browser
 * reads it).
 */
export function planThaiBreaks(html: string, known?: RegExp): ThaiBreakPlan {
	const parser = new SAXParser({ sourceCodeLocationInfo: true });
	/** The element being left alone, with how deep inside it we are. */
	let skipping: { name: string; depth: number } | undefined;
	const texts: { start: number; end: number }[] = [];
	parser.on('startTag', ({ tagName, attrs, selfClosing }) => {
		if (selfClosing || voidElements.has(tagName)) return;
		if (skipping) {
			if (tagName === skipping.name) skipping.depth++;
		} else if (leftAlone.has(tagName) || attrs.some((a) => a.name === 'hidden')) {
			skipping = { name: tagName, depth: 1 };
		}
	});
	parser.on('endTag', ({ tagName }) => {
		if (skipping?.name === tagName && --skipping.depth === 0) skipping = undefined;
	});
	parser.on('text', ({ sourceCodeLocation: at }) => {
		if (!skipping && at) texts.push({ start: at.startOffset, end: at.endOffset });
	});
	parser.end(html);
	const runs: { at: number; run: string }[] = [];
	for (const { start, end } of texts) {
		// The text as written (entities included): a Thai run holds no markup and no entity.
		for (const run of html.slice(start, end).matchAll(thaiRun)) {
			if (run[0].length < 3) continue; // as markThaiRun()
			runs.push({ at: start + run.index, run: run[0] });
		}
	}
	const breaks = thaiBreaksOfRuns(
		runs.map(({ run }) => run),
		known,
	);
	return runs.map(({ at, run }, i) => [at, at + run.length, breaks[i]!]);
}

/**
 * The page with its plan carried out: each planned run becomes `<span class="tw">` with `<wbr>`
 * at its breaks; every other byte is unchanged, so nothing else is written out again.
 */
export function applyThaiBreaks(html: string, plan: ThaiBreakPlan): string {
	let out = '';
	let from = 0;
	for (const [start, end, breaks] of plan) {
		let run = '';
		let at = start;
		for (const b of breaks) {
			run += `${html.slice(at, start + b)}<wbr>`;
			at = start + b;
		}
		out += `${html.slice(from, start)}<span class="${thaiRunClass}">${run}${html.slice(at, end)}</span>`;
		from = end;
	}
	return out + html.slice(from);
}

/** A built page with every run of Thai in its text marked (`planThaiBreaks`, `applyThaiBreaks`). */
export function markThaiBreaksInHtml(html: string, known?: RegExp): string {
	return applyThaiBreaks(html, planThaiBreaks(html, known));
}

/** Elements with no end tag: `hidden` on one of them hides nothing to skip. */
const voidElements = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);
