import type { Coordinates } from '../schemas/shared';
import { straightLineKm } from './distance';

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

/** A stop as the journey page lists it: numbered through the journey, with the way from the last one. */
export type NumberedStop<S> = S & {
	/** 1 for the first stop of the journey, counting on across days. */
	number: number;
	/** Straight-line kilometres from the stop before (on this day or the day before); none for the first. */
	straightLineKm?: number;
};

/** One day of a journey: its stops and the minutes they take on site, when every stop says. */
export interface JourneyDay<S> {
	day: number;
	stops: NumberedStop<S>[];
	minutesOnSite?: number;
}

/**
 * A journey's days as its page shows them: stops numbered in visiting order, each with the
 * straight-line distance from the one before, and each day's time on site.
 */
export function journeyDays<
	S extends { day: number; coordinates: Coordinates; minutes?: number | undefined },
>(stops: readonly S[]): JourneyDay<S>[] {
	const numbered = stops.map((stop, index) => {
		const previous = stops[index - 1];
		return {
			...stop,
			number: index + 1,
			...(previous
				? { straightLineKm: straightLineKm(previous.coordinates, stop.coordinates) }
				: {}),
		};
	});
	return groupByDay(numbered).map(({ day, stops: ofDay }) => {
		const minutes = ofDay.map((stop) => stop.minutes);
		return minutes.every((m) => m !== undefined)
			? { day, stops: ofDay, minutesOnSite: minutes.reduce((sum, m) => sum + m, 0) }
			: { day, stops: ofDay };
	});
}

/**
 * Minutes as hours and minutes, for "about 4 h 30 min on site".
 * @example hoursAndMinutes(270) // => { hours: 4, minutes: 30 }
 */
export function hoursAndMinutes(total: number): { hours: number; minutes: number } {
	return { hours: Math.floor(total / 60), minutes: total % 60 };
}
