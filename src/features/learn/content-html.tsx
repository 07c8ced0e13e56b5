import { useNavigate } from 'react-router';
import type { MouseEvent } from 'react';

/**
 * Shows a page's HTML, which was compiled from markdown and sanitized at build
 * time. Links to other app pages move within the app instead of reloading it.
 */
export function ContentHtml({ html }: { html: string }) {
  const navigate = useNavigate();
  const followInternalLinks = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest('a');
    const href = link?.getAttribute('href');
    if (!href?.startsWith('/') || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(href);
  };
  return <div className="prose" onClick={followInternalLinks} dangerouslySetInnerHTML={{ __html: html }} />;
}
