/** Marks the notice that explains a corrected link (src/app/Notices.tsx). */
export const LINK_NOTICE_ATTRIBUTE = 'data-link-notice'

/**
 * Whether the notice about a corrected link holds the focus. It takes the focus when it appears,
 * wherever the page was scrolled; a page opening at the same moment (its heading, a linked
 * clause) leaves the focus there, so the correction is what the user meets first.
 */
export function noticeHoldsFocus(): boolean {
  return typeof document !== 'undefined' && (document.activeElement?.closest(`[${LINK_NOTICE_ATTRIBUTE}]`) ?? null) !== null
}
