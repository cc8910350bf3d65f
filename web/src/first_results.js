// After an analysis first shows articles (a drop, the file button, an example, a restored
// session), the reading view is brought into sight: the settings, the session bar and the
// overview fill the first screen, and the columns would start below the fold with nothing
// pointing down to them. Not when the person has already scrolled past the top, and only once
// per set of articles (after "Remove all", the next articles are brought into sight again).

/**
 * @param {HTMLElement} results  the results section (hidden while there is no report)
 * @param {HTMLElement} target  what to bring to the top of the window (the tabs)
 */
export function reveal_first_results(results, target) {
  const root = document.documentElement;
  let had = !results.hidden;
  new MutationObserver(() => {
    const state = root.dataset.analysis;
    if (state === 'busy') return;
    const has = state === 'done' && !results.hidden && Boolean(results.querySelector('.column'));
    // The person has not scrolled yet: what they see is the first screen.
    if (has && !had && window.scrollY < 40) target.scrollIntoView({ block: 'start', behavior: 'instant' });
    had = has;
  }).observe(root, { attributes: true, attributeFilter: ['data-analysis'] });
}
