/**
 * The public origin a build writes into canonical links, og:url, the sitemap, share images and GPX
 * links. Local work and tests use the preview address; a build meant for publishing must be told.
 */
export const previewSiteUrl = 'http://localhost:4321';

/** The build settings `siteUrl` reads, as `process.env` holds them. */
interface SiteEnv {
	SITE_URL?: string | undefined;
	NODE_ENV?: string | undefined;
}

/**
 * `SITE_URL` when it is set, else the preview address; a build for publishing (`NODE_ENV=production`)
 * without `SITE_URL` throws, in English and Thai, rather than publish links to localhost.
 * Astro sets `NODE_ENV=production` itself before it reads its config, so only scripts/build.mjs
 * sees the value the person or workflow gave: it calls this first.
 * @example siteUrl({ SITE_URL: 'https://example.org' }) // => 'https://example.org'
 * @example siteUrl({}) // => 'http://localhost:4321'
 */
export function siteUrl(env: SiteEnv): string {
	const value = env.SITE_URL?.trim();
	if (!value) {
		if (env.NODE_ENV === 'production') throw new Error(missingSiteUrl);
		return previewSiteUrl;
	}
	if (!/^https?:\/\/[^/]/.test(value) || !URL.canParse(value)) {
		throw new Error(invalidSiteUrl(value));
	}
	return value;
}

const example = 'SITE_URL=https://your.domain NODE_ENV=production npm run build';

const missingSiteUrl =
	`SITE_URL is not set, and this build is for publishing (NODE_ENV=production): its canonical links, ` +
	`share images and route files would point at ${previewSiteUrl}. Set SITE_URL to the site's public ` +
	`origin, e.g. ${example}. (For a local build, leave NODE_ENV unset.)\n` +
	`ยังไม่ได้ตั้งค่า SITE_URL แต่ build นี้มีไว้เผยแพร่ (NODE_ENV=production) ลิงก์หลัก ภาพสำหรับแชร์ ` +
	`และไฟล์เส้นทางจะชี้ไปที่ ${previewSiteUrl} ให้ตั้ง SITE_URL เป็นที่อยู่สาธารณะของเว็บไซต์ เช่น ${example} ` +
	`(ถ้า build ไว้ดูในเครื่อง ไม่ต้องตั้ง NODE_ENV)`;

const invalidSiteUrl = (value: string) =>
	`SITE_URL must be the site's address starting with https:// (or http://), such as ` +
	`https://your.domain; it is "${value}".\n` +
	`SITE_URL ต้องเป็นที่อยู่ของเว็บไซต์ที่ขึ้นต้นด้วย https:// (หรือ http://) เช่น https://your.domain ` +
	`แต่ตอนนี้เป็น "${value}"`;
