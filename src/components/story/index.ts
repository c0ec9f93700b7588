import Figure from './Figure.astro';
import Quote from './Quote.astro';
import YouTube from './YouTube.astro';

/** The components a story may use, handed to MDX by the pages; the same names as `storyComponentProps` in src/story-policy/allowlist.ts (a test holds them equal). */
export const storyComponents = { Figure, Quote, YouTube };
