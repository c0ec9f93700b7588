import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	applyThaiBreaks,
	knownWordsPattern,
	markThaiBreaksInHtml,
	markThaiRun,
	planThaiBreaks,
	thaiBreaks,
	thaiBreaksOfRuns,
	thaiWordsIcuSplits,
	thaiNames,
} from '../../src/lib/thai-breaks';

/** The run cut at its breaks, to read the words. */
const words = (run: string, known?: RegExp) => {
	const cuts = [0, ...thaiBreaks(run, known), run.length];
	return cuts.slice(1).map((end, i) => run.slice(cuts[i], end));
};
/** What a reader copies: the text without the markup. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('thaiBreaks', () => {
	test('breaks between the words ICU knows', () => {
		expect(words('เครื่องเงินน่าน')).toEqual(['เครื่อง', 'เงิน', 'น่าน']);
	});

	test('keeps a known word whole that ICU splits, and breaks at its edges', () => {
		const known = knownWordsPattern([...thaiWordsIcuSplits, 'บ้านปะอาว']);
		// ICU alone cuts ทริ|ปน่าน and บ้าน|ปะ|อาว.
		expect(words('เครื่องเงินในทริปน่าน')).not.toContain('ทริป');
		expect(words('เครื่องเงินในทริปน่าน', known)).toEqual(['เครื่อง', 'เงิน', 'ใน', 'ทริป', 'น่าน']);
		expect(words('ไปบ้านปะอาว', known)).toEqual(['ไป', 'บ้านปะอาว']);
	});

	test('never cuts a syllable: not before a letter silenced by ์, not after a leading vowel', () => {
		// ICU alone cuts เยอ|ร์เวง: the ร์ belongs to the syllable before it.
		expect(words('อัยเยอร์เวง').some((word) => /^[\u0E01-\u0E2E]\u0E4C/.test(word))).toBe(false);
		for (const run of ['อัยเยอร์เวง', 'ทะเลหมอกอัยเยอร์เวง', 'เวิร์กช็อปที่ไทลื้อ', 'ไปเที่ยวเบตง'])
			for (const b of thaiBreaks(run)) {
				expect(run.slice(b), run).not.toMatch(
					/^[\u0E01-\u0E2E][\u0E31-\u0E3A\u0E47-\u0E4B]*\u0E4C/,
				);
				expect(run[b - 1], run).not.toMatch(/[\u0E40-\u0E44]/);
			}
	});

	test('keeps whole the names and compounds ICU splits that the stories use', () => {
		const known = knownWordsPattern(thaiWordsIcuSplits);
		expect(words('สกายวอล์กทะเลหมอกอัยเยอร์เวง', known)).toEqual(
			expect.arrayContaining(['ทะเลหมอก', 'อัยเยอร์เวง']),
		);
		expect(words('แวะเฮือนไทลื้อ', known)).toContain('ไทลื้อ');
		expect(words('เทือกเขาสันกาลาคีรี', known)).toContain('สันกาลาคีรี');
		expect(words('ชมหอนาฬิกา', known)).toContain('หอนาฬิกา');
	});

	test('never puts a break before a mark or vowel that belongs to the letter before it', () => {
		const known = knownWordsPattern(['กา']); // would cut ก|า in "ก้า" if edges were trusted blindly
		for (const run of ['ก้าวหน้า', 'ทุกๆวัน', 'น้ำใจ', 'ผ้ากาบบัว']) {
			for (const b of thaiBreaks(run, known))
				expect(run[b]).not.toMatch(/[\u0E30-\u0E3A\u0E45-\u0E4E]/);
		}
	});
});

describe('thaiBreaksOfRuns', () => {
	test('breaks every run of the Thai stories as breaking it on its own does', () => {
		// All runs of the bundled Thai stories and journeys, as the pages show them (3 letters and up).
		const texts = readdirSync('content', { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.th.md'))
			.map((file) => readFileSync(join('content', file), 'utf8'));
		const runs = texts.flatMap((text) => text.match(/[\u0E01-\u0E4E]{3,}/g) ?? []);
		expect(runs.length).toBeGreaterThan(5000);
		const known = knownWordsPattern([...thaiWordsIcuSplits, 'บ้านปะอาว', 'เวียงกาหลง']);
		const together = thaiBreaksOfRuns(runs, known);
		expect(together).toHaveLength(runs.length);
		runs.forEach((run, i) => expect(together[i], run).toEqual(thaiBreaks(run, known)));
	});

	test('a known word at the very start or end of a run, and runs that repeat, break alike', () => {
		const known = knownWordsPattern(['ทริป']);
		const runs = ['ทริปน่าน', 'ไปทริป', 'ทริป', 'ทริปน่าน', 'ไป'];
		expect(thaiBreaksOfRuns(runs, known)).toEqual(runs.map((run) => thaiBreaks(run, known)));
		expect(thaiBreaksOfRuns(runs, known)[0]).toEqual([4]);
		expect(thaiBreaksOfRuns([], known)).toEqual([]);
	});
});

describe('thaiNames', () => {
	test('finds the names in content: runs of Thai in short values, not sentences, not other languages', () => {
		const facts = {
			name: { th: 'บ้าน ปะอาว', en: 'Ban Pa Ao' },
			aliases: ['ผ้ากาบบัว', 'kap bua', 'ใน'],
			stops: [{ note: 'ชมการทอผ้ากาบบัวที่บ้านปะอาว แล้วแวะกินข้าวกลางวันที่ตลาดใกล้บ้าน' }],
			days: 2,
		};
		expect(thaiNames(facts)).toEqual(['บ้าน', 'ปะอาว', 'ผ้ากาบบัว']);
	});
});

describe('markThaiRun', () => {
	test('wraps a run in one nowrap span with <wbr> between words, and copies as the original', () => {
		const html = markThaiRun('ผ้าทอมือ');
		expect(html).toMatch(/^<span class="tw">[^<]+(<wbr>[^<]+)+<\/span>$/);
		expect(textOf(html)).toBe('ผ้าทอมือ');
	});
	test('leaves a run of two letters as it is', () => {
		expect(markThaiRun('ใน')).toBe('ใน');
	});
});

describe('markThaiBreaksInHtml', () => {
	test('marks the Thai in text, and only there', () => {
		const page = [
			'<html lang="th"><head><title>เครื่องเงินน่าน</title>',
			'<meta name="description" content="เครื่องเงินน่าน">',
			'<script type="application/ld+json">{"name":"เครื่องเงินน่าน","x":"a<b>c"}</script>',
			'<style>p::before{content:"เครื่องเงิน"}</style></head>',
			'<body><h1 title="เครื่องเงินน่าน">เครื่องเงินน่าน 2025</h1>',
			'<!-- เครื่องเงินน่าน --><div hidden><p>เครื่องเงินน่าน</p><div>ผ้าทอมือ</div></div>',
			'<svg><text>เครื่องเงินน่าน</text></svg><select><option>เครื่องเงินน่าน</option></select>',
			'<input hidden name="q"><p>Nan silver, ผ้าทอมือ &amp; เครื่องเงิน</p></body></html>',
		].join('');
		const marked = markThaiBreaksInHtml(page);
		// Everything outside body text is byte for byte the same.
		const unmarked = marked.replace(/<span class="tw">|<\/span>|<wbr>/g, '');
		expect(unmarked).toBe(page);
		const spans = marked.match(/<span class="tw">[^]*?<\/span>/g)!.map(textOf);
		expect(spans).toEqual(['เครื่องเงินน่าน', 'ผ้าทอมือ', 'เครื่องเงิน']);
	});

	test('reads the page as a browser does: where comments and raw text really end', () => {
		// A browser ends this comment at "--!>": the Thai in it is no text, the paragraph after it is;
		// "</textarea" inside a string is not where the script ends, but the textarea's own end is.
		const page = [
			'<body><!-- ผ้าไหม --!><p>เครื่องเงินน่าน</p>',
			'<script>let s = "</textarea><p>ผ้าทอมือ</p>";</script>',
			'<textarea><p>ผ้าทอมือ</p></textarea><xmp>ผ้าทอมือ</xmp><noscript>ผ้าทอมือ</noscript>',
			'<p>ผ้าทอมือ</p></body>',
		].join('');
		const marked = markThaiBreaksInHtml(page);
		expect(marked.replace(/<span class="tw">|<\/span>|<wbr>/g, '')).toBe(page);
		expect(marked.match(/<span class="tw">[^]*?<\/span>/g)!.map(textOf)).toEqual([
			'เครื่องเงินน่าน',
			'ผ้าทอมือ',
		]);
		expect(marked).toContain('"</textarea><p>ผ้าทอมือ</p>";</script>');
	});
});

describe('planThaiBreaks and applyThaiBreaks', () => {
	const page =
		'<html lang="th"><head><title>ผ้าทอมือน่าน</title></head><body><h1>ผ้าทอมือน่าน</h1>' +
		'<p hidden>ซ่อนไว้ทั้งหมด</p><p>ทริปเมืองน่าน &amp; ไก่เบตง ใน <b>ลายน้ำไหล</b></p></body></html>';
	const known = knownWordsPattern(['ทริป', 'ลายน้ำไหล']);

	test('a plan is numbers only, survives the build cache (JSON), and marks the page as marking it whole does', () => {
		const plan = planThaiBreaks(page, known);
		const kept = JSON.parse(JSON.stringify(plan)) as typeof plan;
		expect(kept.flat(2).every((n) => Number.isInteger(n))).toBe(true);
		expect(applyThaiBreaks(page, kept)).toBe(markThaiBreaksInHtml(page, known));
		// Title and hidden text are left alone; "ใน" is too short to mark.
		expect(kept.map(([start, end]) => page.slice(start, end))).toEqual([
			'ผ้าทอมือน่าน',
			'ทริปเมืองน่าน',
			'ไก่เบตง',
			'ลายน้ำไหล',
		]);
	});

	test('taking the marks away gives back the page, byte for byte', () => {
		const marked = applyThaiBreaks(page, planThaiBreaks(page, known));
		expect(marked).toContain('<span class="tw">ทริป<wbr>เมือง<wbr>น่าน</span>');
		expect(marked.replaceAll('<wbr>', '').replace(/<span class="tw">([^<]*)<\/span>/g, '$1')).toBe(
			page,
		);
	});

	test('an empty plan changes nothing', () => {
		expect(applyThaiBreaks(page, [])).toBe(page);
	});
});
