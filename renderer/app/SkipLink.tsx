import './skipLink.css';

export const MAIN_ID = 'main-content';

/**
 * The first stop of Tab on every page: past the header and the ten menu entries, straight to the page.
 * The page's place is in the URL hash (#/loans), so a plain href="#main-content" would be read as a page
 * of its own; the link moves focus itself instead, and the hash stays.
 */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      본문 바로가기
    </a>
  );
}
