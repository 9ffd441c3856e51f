/**
 * Stands in for Starlight's `starlight-toc.js` (see `patches.ts`), with
 * the same element and behaviour: the "On this page" link of the section being read is marked
 * `aria-current`. Starlight finds the elements to watch with four `:has()` queries over the whole
 * page, which take hundreds of milliseconds on a chapter of ten thousand elements; this walks the
 * page once, going into an element only when it holds a heading.
 */
const PAGE_TITLE_ID = '_top';

export class StarlightTOC extends HTMLElement {
  private currentLink: HTMLAnchorElement | null = this.querySelector('a[aria-current="true"]');
  private readonly minH = parseInt(this.dataset.minH || '2', 10);
  private readonly maxH = parseInt(this.dataset.maxH || '3', 10);
  /** Headings that can appear in the table of contents, as `h1#_top,:where(h2,h3)[id]`. */
  protected readonly tocHeadingSelector = `h1#${PAGE_TITLE_ID},:where(${Array.from(
    { length: 1 + this.maxH - this.minH },
    (_, i) => `h${this.minH + i}`,
  ).join()})[id]`;

  set current(link: HTMLAnchorElement) {
    if (link === this.currentLink) return;
    this.currentLink?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this.currentLink = link;
  }

  protected onIdle = (callback: () => void) => (window.requestIdleCallback ?? ((cb) => setTimeout(cb, 1)))(callback);

  constructor() {
    super();
    this.onIdle(() => this.init());
  }

  private init = () => {
    const links = [...this.querySelectorAll('a')];
    const isHeading = (el: Element) => el.matches(this.tocHeadingSelector);
    /** The heading an element belongs to: the last one before it in document order. */
    const headingOf = (start: Element): Element | null => {
      let el: Element | null = start;
      while (el) {
        if (el.matches('.sl-markdown-content, main > *')) return document.getElementById(PAGE_TITLE_ID);
        if (isHeading(el)) return el;
        const inner = el.querySelector(this.tocHeadingSelector);
        if (inner) return inner;
        let previous: Element | null = el.previousElementSibling;
        while (previous?.lastElementChild) previous = previous.lastElementChild;
        el = previous ?? el.parentElement;
      }
      return null;
    };
    const setCurrent: IntersectionObserverCallback = (entries) => {
      for (const { isIntersecting, target } of entries) {
        if (!isIntersecting) continue;
        const heading = headingOf(target);
        const link = heading && links.find((a) => a.hash === '#' + encodeURIComponent(heading.id));
        if (link) {
          this.current = link;
          break;
        }
      }
    };
    // The headings, and the largest elements that hold no heading, as Starlight watches.
    const watched: Element[] = [];
    const collect = (parent: Element) => {
      for (const child of parent.children) {
        if (isHeading(child) || !child.querySelector(this.tocHeadingSelector)) watched.push(child);
        else collect(child);
      }
    };
    const main = document.querySelector('main');
    if (main) collect(main);
    let observer: IntersectionObserver | undefined;
    const observe = () => {
      if (observer) return;
      observer = new IntersectionObserver(setCurrent, { rootMargin: this.rootMargin() });
      for (const el of watched) observer.observe(el);
    };
    observe();
    let timeout: ReturnType<typeof setTimeout>;
    window.addEventListener('resize', () => {
      observer?.disconnect();
      observer = undefined;
      clearTimeout(timeout);
      timeout = setTimeout(() => this.onIdle(observe), 200);
    });
  };

  /** Intersections start below the header and the mobile summary bar, plus 2rem. */
  private rootMargin() {
    const top =
      (document.querySelector('header')?.getBoundingClientRect().height || 0) +
      (this.querySelector('summary')?.getBoundingClientRect().height || 0) +
      32;
    return `-${top}px 0% ${top + 53 - document.documentElement.clientHeight}px`;
  }
}

customElements.define('starlight-toc', StarlightTOC);
