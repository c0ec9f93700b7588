import { describe, expect, test } from 'vitest';

/**
 * Editor messages pinned in both languages: each pin calls one message function and compares the
 * whole result with its inline snapshot, so a change of wording shows up in review. A pin list must
 * name every function of its message object (checked by the type and, by `pinMessages`, at run
 * time): a new message cannot land without its pin.
 */
export type Pins<Messages> = Record<keyof Messages, () => void>;

/** Runs each pin as a test named after its message, after checking there is a pin for every message. */
export function pinMessages<Messages extends object>(
	name: string,
	messages: Messages,
	pins: Pins<Messages>,
): void {
	describe(name, () => {
		test('every message has a pin, and every pin a message', () => {
			expect(Object.keys(pins).sort()).toEqual(Object.keys(messages).sort());
		});
		for (const [message, pin] of Object.entries<() => void>(pins)) test(message, pin);
	});
}
