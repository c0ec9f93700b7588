/** The size social sites show a shared link's picture at; share images are drawn at it. */
export const shareImageSize = { width: 1200, height: 630 } as const;
