/**
 * The kinds of picture content may use, one for each extension `pictureNamePattern` (./image.ts)
 * accepts. src/check/picture-kind.ts tells a file's kind from its bytes; src/editor-messages/pictures.ts
 * names the kinds. It lives here, below both, so that neither imports the other.
 */
export type PictureKind = 'jpeg' | 'png' | 'webp' | 'avif' | 'svg';
