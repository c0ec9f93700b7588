/**
 * Runs `work(0)` … `work(count - 1)`, `width` at a time, each started as soon as one ends; resolves
 * when all have, and rejects with the first error (after which no more are started).
 */
export async function atOnce(
	count: number,
	width: number,
	work: (index: number) => Promise<void>,
): Promise<void> {
	let next = 0;
	let failed = false;
	const worker = async () => {
		while (!failed && next < count) {
			const index = next++;
			try {
				await work(index);
			} catch (error) {
				failed = true;
				throw error;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(width, count) }, worker));
}
