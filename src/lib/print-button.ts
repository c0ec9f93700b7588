/**
 * The print button's script, inline beside it (the page adds its hash to the Content-Security-Policy).
 * The button is `hidden` in the HTML, so a browser without script never shows a button that does
 * nothing; a browser's own Print command prints the same page.
 */
export const printButtonScript =
	"for(const b of document.querySelectorAll('[data-print]')){b.hidden=false;b.onclick=()=>print()}";
