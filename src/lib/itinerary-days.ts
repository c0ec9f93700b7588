/** Days of a journey, from its stops: the last stop's day. */
export function dayCount(stops: readonly { day: number }[]): number {
	return stops.reduce((max, stop) => Math.max(max, stop.day), 0);
}

/**
 * Stops grouped by day, in visiting order.
 * @example groupByDay([{ day: 1 }, { day: 1 }, { day: 2 }]) // => [{ day: 1, stops: [..2] }, { day: 2, stops: [..1] }]
 */
export function groupByDay<S extends { day: number }>(
	stops: readonly S[],
): { day: number; stops: S[] }[] {
	const days: { day: number; stops: S[] }[] = [];
	for (const stop of stops) {
		const last = days.at(-1);
		if (last && last.day === stop.day) last.stops.push(stop);
		else days.push({ day: stop.day, stops: [stop] });
	}
	return days;
}
