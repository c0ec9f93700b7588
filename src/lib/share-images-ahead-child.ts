/**
 * The process that ./share-images-ahead.ts starts to draw share images ahead of the pages that
 * need them (`node --import tsx share-images-ahead-child.ts`). It is sent one `AheadOrder`, answers
 * `{ settled: index }` for each item as it is done with it, and `{ done: true }` at the end.
 */
import { contentKey } from './file-cache';
import { drawingCode, drawItems, type AheadMessage, type AheadOrder } from './share-images-ahead';

const send = process.send?.bind(process);
if (!send)
	throw new Error('share-images-ahead-child.ts: run by src/lib/share-images-ahead.ts only');
// The build that started this is gone (failed or killed): stop drawing.
process.once('disconnect', () => process.exit(0));
process.once('message', async (order: AheadOrder) => {
	// Changed since the build started: images drawn now would be named for the code they were not
	// drawn with, so the pages draw them all. This process runs in the project's folder.
	if (contentKey(drawingCode(process.cwd())) === order.drawingCode)
		await drawItems(order, (index) => send({ settled: index } satisfies AheadMessage));
	// Disconnected once the last message is sent, so that the process ends.
	send({ done: true } satisfies AheadMessage, undefined, undefined, () => process.disconnect?.());
});
