// Build benchmark: the project's real pipeline against a plain Astro site with the same stories as
// .md pages (one layout, no features), at several catalogue sizes, alternating run by run: cold,
// warm (cache kept, nothing changed), and warm with one story changed; then a cold and a warm build
// with 20 large photographs. Writes its sections of docs/benchmarks.md.
//   BENCH_SIZES=228,1000,5000 BENCH_RUNS=3 BENCH_ONCE_SIZES=10000 npm run bench
// BENCH_ONCE_SIZES are built in one run each (too slow to repeat); BENCH_PHOTOS=0 skips the photographs.
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { generateContent } from './generate-content.mjs';
import { writeSections } from './report.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '228,1000,5000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const onceSizes = (process.env.BENCH_ONCE_SIZES ?? '10000').split(',').filter(Boolean).map(Number);
const photos = process.env.BENCH_PHOTOS !== '0';
const work = join(root, '.bench');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const du = (dir) =>
	existsSync(dir)
		? readdirSync(dir, { recursive: true }).reduce(
				(t, f) => t + (statSync(join(dir, f)).isFile() ? statSync(join(dir, f)).size : 0),
				0,
			)
		: 0;
const cleanEnv = () => {
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
	return env;
};

/** Runs a command, timing it from outside (wall seconds, peak memory of its largest process). */
function timed(args, env) {
	const command = timeBin
		? [timeBin, '-f', '__time %e %M', process.execPath, ...args]
		: [process.execPath, ...args];
	const started = performance.now();
	const run = spawnSync(command[0], command.slice(1), {
		cwd: root,
		env,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	const wall = (performance.now() - started) / 1000;
	if (run.status !== 0)
		throw new Error(
			`${args.join(' ')} failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`,
		);
	const measured = /__time ([\d.]+) (\d+)/.exec(run.stderr);
	const pagefind = /for search(?: \([^)]*\))? in ([\d.]+) s/.exec(run.stdout);
	return {
		wall: measured ? Number(measured[1]) : wall,
		peakMiB: measured ? Number(measured[2]) / 1024 : undefined,
		pagefind: pagefind ? Number(pagefind[1]) : undefined,
	};
}

function buildProject(dir, { keepCache = false } = {}) {
	if (!keepCache) rmSync(join(dir, 'cache'), { recursive: true, force: true });
	rmSync(join(dir, 'out'), { recursive: true, force: true });
	return timed(['scripts/build.mjs'], {
		...cleanEnv(),
		KHONGDEE_CONTENT_DIR: join(dir, 'content'),
		KHONGDEE_CACHE_DIR: join(dir, 'cache'),
		KHONGDEE_OUT_DIR: join(dir, 'out'),
	});
}

function buildBaseline(dir, { keepCache = false } = {}) {
	const kept = keepCache ? ['dist'] : ['node_modules/.astro', '.astro', 'dist'];
	for (const sub of kept) rmSync(join(dir, 'baseline', sub), { recursive: true, force: true });
	return timed(
		['node_modules/astro/bin/astro.mjs', 'build', '--root', join(dir, 'baseline')],
		cleanEnv(),
	);
}

/**
 * Adds a sentence to the first product's English story, in the project's content and the baseline's
 * page alike, and returns how to take it out again.
 */
function changeOneStory(dir) {
	const files = [
		join(dir, 'content/products/bench-product-00000/index.en.md'),
		join(dir, 'baseline/src/pages/en/products/bench-product-00000.md'),
	];
	const added = '\nOne sentence more.\n';
	// Without what a run stopped before its undo left behind, so every run changes the same text.
	const before = files.map((file) => readFileSync(file, 'utf8').replaceAll(added, ''));
	files.forEach((file, i) => writeFileSync(file, `${before[i]}${added}`));
	return () => files.forEach((file, i) => writeFileSync(file, before[i]));
}

const version = (pkg) =>
	JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const s = (x) => `${x.toFixed(1)} s`;
const head = [
	'# Benchmarks',
	'',
	`Measured with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.versions.node}, Astro ${version('astro')}, pagefind ${version('pagefind')}. Each figure is the median of ${runs} runs (a size marked "1 run" was built once); the project and the baseline run in turn (A B A B …) and the ratio is taken pair by pair. A cold build starts with no cache; a warm one keeps the cache of the build before it (Astro's content store and image cache, the share images, the Thai word-break plans and the last search index); "one story changed" is a warm build after one sentence is added to one English story (both sites). Every build starts from an empty output folder. Wall time and peak memory are measured from outside with \`/usr/bin/time\`.`,
	'',
	'Content is synthetic and seeded (`scripts/bench/generate-content.mjs`): N products with Thai and English stories of about 700 words, N/4 journeys of four stops, a small SVG cover each. The baseline is a plain Astro site with the same stories as `.md` pages, one layout and no integrations: no content check, no province pages, no maps, no search index and no share images.',
].join('\n');
const runsNote = (r) => (r.runs === 1 ? ' (1 run)' : '');
const perPage = (seconds, pages) => ((seconds * 1000) / pages).toFixed(1);
// Pictures: cold, warm (cache kept), and warm without the photographs.
const cold = [],
	warm = [],
	warmPlain = [];

/** Writes the sections measured so far into docs/benchmarks.md (after each size, so a stopped run keeps them). */
function report() {
	const sections = [
		[
			'## Build time by catalogue size',
			'',
			'| products | pages | project, cold (median, min–max) | baseline, cold | project ÷ baseline | ms per page | peak memory (project / baseline) | search index and page pass | index size |',
			'| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
			...rows.map(
				(r) =>
					`| ${r.n}${runsNote(r)} | ${r.pages} | ${s(r.project)} (${r.projectRange.map((x) => x.toFixed(1)).join('–')}) | ${s(r.baseline)} | ${r.ratio.toFixed(2)}× | ${perPage(r.project, r.pages)} | ${r.peak.toFixed(0)} / ${r.basePeak.toFixed(0)} MiB | ${s(r.pagefind)} | ${(r.index / 1024 / 1024).toFixed(1)} MB |`,
			),
			'',
			'Warm rebuilds (nothing changed, cache kept), and rebuilds after one story changed:',
			'',
			'| products | project, warm | baseline, warm | project ÷ baseline | one story changed, project | baseline | project ÷ baseline | one story changed ÷ project cold | ms per page (cold / warm) | peak memory warm |',
			'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
			...rows.map(
				(r) =>
					`| ${r.n}${runsNote(r)} | ${s(r.warm)} | ${s(r.warmBaseline)} | ${r.warmRatio.toFixed(2)}× | ${s(r.changed)} | ${s(r.changedBaseline)} | ${r.changedRatio.toFixed(2)}× | ${(r.changedOfCold * 100).toFixed(0)} % | ${perPage(r.project, r.pages)} / ${perPage(r.warm, r.pages)} | ${r.warmPeak.toFixed(0)} MiB |`,
			),
		].join('\n'),
		...(cold.length > 0
			? [
					[
						'## Pictures: 228 products, 20 with a 4000×3000 photograph',
						'',
						'| cold build | warm build (image cache kept) | warm build without the photographs | warm with ÷ warm without |',
						'| --- | --- | --- | --- |',
						`| ${s(median(cold))} | ${s(median(warm))} | ${s(median(warmPlain))} | ${median(warm.map((w, i) => w / warmPlain[i])).toFixed(2)}× |`,
					].join('\n'),
				]
			: []),
	];
	writeSections(sections, head);
	return sections;
}

const rows = [];
for (const n of [...sizes, ...onceSizes]) {
	const runsHere = onceSizes.includes(n) && !sizes.includes(n) ? 1 : runs;
	const dir = join(work, `n-${n}`);
	if (!existsSync(join(dir, 'content'))) {
		mkdirSync(dir, { recursive: true });
		generateContent({ root, outDir: dir, products: n });
	}
	const pairs = [];
	for (let i = 0; i < runsHere; i++) {
		const project = buildProject(dir);
		const baseline = buildBaseline(dir);
		const warmProject = buildProject(dir, { keepCache: true });
		const warmBaseline = buildBaseline(dir, { keepCache: true });
		const undo = changeOneStory(dir);
		let changedProject, changedBaseline;
		try {
			changedProject = buildProject(dir, { keepCache: true });
			changedBaseline = buildBaseline(dir, { keepCache: true });
		} finally {
			undo();
		}
		pairs.push({ project, baseline, warmProject, warmBaseline, changedProject, changedBaseline });
		console.error(
			`N=${n} run ${i + 1}: project ${project.wall.toFixed(1)} s, baseline ${baseline.wall.toFixed(1)} s; warm ${warmProject.wall.toFixed(1)} s, ${warmBaseline.wall.toFixed(1)} s; one story changed ${changedProject.wall.toFixed(1)} s, ${changedBaseline.wall.toFixed(1)} s`,
		);
	}
	const pages = readdirSync(join(dir, 'out'), { recursive: true }).filter((f) =>
		String(f).endsWith('.html'),
	).length;
	rows.push({
		n,
		runs: runsHere,
		pages,
		project: median(pairs.map((p) => p.project.wall)),
		projectRange: [
			Math.min(...pairs.map((p) => p.project.wall)),
			Math.max(...pairs.map((p) => p.project.wall)),
		],
		baseline: median(pairs.map((p) => p.baseline.wall)),
		ratio: median(pairs.map((p) => p.project.wall / p.baseline.wall)),
		peak: median(pairs.map((p) => p.project.peakMiB ?? 0)),
		basePeak: median(pairs.map((p) => p.baseline.peakMiB ?? 0)),
		pagefind: median(pairs.map((p) => p.project.pagefind ?? 0)),
		index: du(join(dir, 'out/pagefind')),
		warm: median(pairs.map((p) => p.warmProject.wall)),
		warmBaseline: median(pairs.map((p) => p.warmBaseline.wall)),
		warmRatio: median(pairs.map((p) => p.warmProject.wall / p.warmBaseline.wall)),
		changed: median(pairs.map((p) => p.changedProject.wall)),
		changedBaseline: median(pairs.map((p) => p.changedBaseline.wall)),
		changedRatio: median(pairs.map((p) => p.changedProject.wall / p.changedBaseline.wall)),
		changedOfCold: median(pairs.map((p) => p.changedProject.wall / p.project.wall)),
		warmPeak: median(pairs.map((p) => p.warmProject.peakMiB ?? 0)),
	});
	report();
}

// Pictures: 228 products, 20 of them with a 4000×3000 photograph as cover; cold, then warm (cache kept).
if (photos) await benchPhotos();

async function benchPhotos() {
	const photoDir = join(work, 'photos');
	if (!existsSync(join(photoDir, 'content'))) {
		mkdirSync(photoDir, { recursive: true });
		generateContent({ root, outDir: photoDir, products: 228 });
		for (let i = 0; i < 20; i++) {
			const folder = join(
				photoDir,
				'content/products',
				`bench-product-${String(i).padStart(5, '0')}`,
			);
			await sharp({
				create: {
					width: 4000,
					height: 3000,
					channels: 3,
					background: '#8a5a2b',
					noise: { type: 'gaussian', mean: 128, sigma: 40 },
				},
			})
				.jpeg({ quality: 85 })
				.toFile(join(folder, 'photo.jpg'));
			const facts = join(folder, 'facts.yaml');
			writeFileSync(
				facts,
				readFileSync(facts, 'utf8')
					.replace('./cover.svg', './photo.jpg')
					.replace('illustration: true', 'illustration: false'),
			);
		}
	}
	const plainDir = join(work, 'n-228');
	if (!existsSync(join(plainDir, 'content')))
		generateContent({ root, outDir: plainDir, products: 228 });
	for (let i = 0; i < runs; i++) {
		cold.push(buildProject(photoDir).wall);
		warm.push(buildProject(photoDir, { keepCache: true }).wall);
		buildProject(plainDir);
		warmPlain.push(buildProject(plainDir, { keepCache: true }).wall);
		console.error(
			`photos run ${i + 1}: cold ${cold.at(-1).toFixed(1)} s, warm ${warm.at(-1).toFixed(1)} s, warm without photos ${warmPlain.at(-1).toFixed(1)} s`,
		);
	}
}

const sections = report();
console.log(sections.join('\n\n'));
