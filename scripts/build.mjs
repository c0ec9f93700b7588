// `npm run build`: builds the site into a fresh folder and only then swaps it in for `dist/`,
// so a build that fails (bad content, a broken page) leaves the last good site exactly as it was.
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { siteUrl } from '../src/lib/site-url.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const live = process.env.KHONGDEE_OUT_DIR ?? `${root}dist`;
const next = `${live}.next`;
const previous = `${live}.previous`;

const fail = async (status) => {
	rmSync(next, { recursive: true, force: true });
	// Pages being finished after the build, and their copies for the Thai search index
	// (src/integrations/finish-pages.ts).
	for (const folder of [`${next}.finished`, `${next}.search-feed`])
		rmSync(folder, { recursive: true, force: true });
	console.error(
		`\n✗ The build failed, so nothing was published: ${live} is unchanged.\n  Read the first error above: it names the file and the field to fix.\n` +
			`  การ build ไม่สำเร็จ จึงยังไม่เผยแพร่อะไร ${live} ยังเป็นฉบับเดิม อ่านข้อผิดพลาดแรกด้านบน ซึ่งบอกไฟล์และช่องที่ต้องแก้\n`,
	);
	// Written in full before exiting: output to a pipe (CI, | tee) is asynchronous.
	for (const stream of [process.stdout, process.stderr])
		await new Promise((resolve) => stream.write('', resolve));
	process.exit(status ?? 1);
};

// A build stopped between the two renames below (a crash, a power cut, a killed CI job) leaves the
// last good site in `previous` and nothing at `live`: put it back before anything else, so that
// "unchanged" below stays true. If both exist, the swap had finished and `previous` is stale.
if (existsSync(previous)) {
	if (existsSync(live)) rmSync(previous, { recursive: true, force: true });
	else {
		renameSync(previous, live);
		console.warn(
			`↺ An earlier build stopped while swapping in the new site: restored the last good site from ${previous} to ${live}.\n` +
				`  การ build ครั้งก่อนหยุดระหว่างสลับเว็บไซต์ใหม่เข้าที่ จึงนำเว็บไซต์ฉบับดีล่าสุดจาก ${previous} กลับมาไว้ที่ ${live}`,
		);
	}
}

// A build for publishing (NODE_ENV=production) must know its public address, or every canonical
// link would say localhost. Checked here because Astro sets NODE_ENV itself before it reads its config.
try {
	siteUrl(process.env);
} catch (error) {
	console.error(`\n✗ ${error instanceof Error ? error.message : error}`);
	await fail(1);
}

// The same content check as `npm run check`, so the build refuses exactly what it refuses. It runs
// beside Astro, on the machine's other core: Astro's output is held back until the check has
// passed, so the log reads as if the check came first, and a refused build shows only the check's
// errors. Astro never needs the check to be safe: the render pipeline enforces the story rules on
// its own (tests/site/hostile-builds.test.ts), and what it builds goes to `next`, never to `live`.
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
rmSync(next, { recursive: true, force: true });
const colour = process.stdout.isTTY && !('FORCE_COLOR' in process.env) ? { FORCE_COLOR: '1' } : {};
// Each child's end, listened for from the moment it starts, so an early exit is never missed; a
// child that cannot start at all counts as failed.
const exited = (child, name) =>
	new Promise((resolve) => {
		child.on('error', (error) => {
			console.error(`✗ Could not run ${name}: ${error.message}`);
			resolve(1);
		});
		child.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
	});
const check = spawn(process.execPath, [tsx, 'scripts/check.ts', '--build'], {
	cwd: root,
	stdio: ['ignore', 'pipe', 'pipe'],
	env: { ...process.env, ...colour },
});
const build = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
	cwd: root,
	stdio: ['ignore', 'pipe', 'pipe'],
	env: { ...process.env, ...colour, KHONGDEE_OUT_DIR: next },
});
const held = [];
let holding = true;
for (const [from, to] of [
	[build.stdout, process.stdout],
	[build.stderr, process.stderr],
])
	from.on('data', (chunk) => (holding ? held.push([to, chunk]) : to.write(chunk)));
const checked = [];
check.stdout.on('data', (chunk) => checked.push([process.stdout, chunk]));
check.stderr.on('data', (chunk) => checked.push([process.stderr, chunk]));
const checkExited = exited(check, 'the content check');
const buildExited = exited(build, 'astro build');

const checkStatus = await checkExited;
for (const [to, chunk] of checked) to.write(chunk);
if (checkStatus !== 0) {
	build.kill();
	await buildExited;
	await fail(checkStatus);
}
holding = false;
for (const [to, chunk] of held.splice(0)) to.write(chunk);
const buildStatus = await buildExited;
if (buildStatus !== 0) await fail(buildStatus);

rmSync(previous, { recursive: true, force: true });
if (existsSync(live)) renameSync(live, previous);
// For tests/site/build-swap.test.ts only: die here, between the two renames, as a crash would.
if (process.env.KHONGDEE_CRASH_BETWEEN_RENAMES === '1') process.kill(process.pid, 'SIGKILL');
renameSync(next, live);
rmSync(previous, { recursive: true, force: true });
console.log(`✓ Built the site into ${live}`);
