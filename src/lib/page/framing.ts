/** What framing detection needs of the window; tests pass their own. */
export interface FramableWindow {
  readonly self: unknown;
  readonly top: unknown;
}

/**
 * Whether the page runs inside a frame. A static host may not send `frame-ancestors` or `X-Frame-Options`
 * (GitHub Pages sends neither, and a meta tag cannot say either), so the page checks for itself: inside another
 * site's frame, that site could prefill the form and overlay it to collect what the person types.
 */
export function isFramed(win: FramableWindow): boolean {
  try {
    return win.self !== win.top;
  } catch {
    // Reading `top` is allowed cross-origin; a browser that refuses it is framed all the same.
    return true;
  }
}
