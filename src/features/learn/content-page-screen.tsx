import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import loaders from 'virtual:regain-content/pages';
import type { ContentPage } from '../../content/content-types';
import { Screen } from '../../ui/screen';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { ContentHtml } from './content-html';
import './learn.css';
import { LEARN_EXERCISES_PATH, LEARN_PATH } from '../../ui/paths';

const LEVEL_NAMES = ['Bed or chair', 'Assisted', 'Building', 'Strong'];

/** Any compiled content page: a Learn topic, an exercise or the sources list. */
export default function ContentPageScreen() {
  const { pathname } = useLocation();
  const path = pathname.replace(/\/$/, '');
  const load = loaders[path];
  const [loaded, setLoaded] = useState<ContentPage | null>(null);
  const page = loaded?.path === path ? loaded : null;

  useEffect(() => {
    let current = true;
    void load?.().then((module) => current && setLoaded(module.default));
    return () => {
      current = false;
    };
  }, [load]);

  if (!load) {
    return (
      <Screen title="Page not found" intro="There is no Learn page at this address.">
        <Link to={LEARN_PATH} className="button">
          Back to Learn
        </Link>
      </Screen>
    );
  }
  if (!page) return <p className="loading">Loading…</p>;

  return (
    <Screen title={page.title} intro={page.summary}>
      {page.picture ? (
        // Inline SVG checked at build time (src/content/build/picture-svg.ts): drawing only, named by its text alternative.
        <div className="exercise-picture" dangerouslySetInnerHTML={{ __html: page.picture.svg }} />
      ) : null}
      {page.kind === 'exercise' ? (
        <dl className="exercise-facts">
          <div>
            <dt>Level</dt>
            <dd>{LEVEL_NAMES[page.level ?? 0]}</dd>
          </div>
          <div>
            <dt>Equipment</dt>
            <dd>{page.equipment?.join(', ')}</dd>
          </div>
          <div>
            <dt>Works</dt>
            <dd>{page.muscles?.join(', ')}</dd>
          </div>
        </dl>
      ) : null}
      <ContentHtml html={page.html} />
      {page.kind !== 'sources' ? (
        <section aria-labelledby="page-sources">
          <h2 id="page-sources">Sources</h2>
          <ul className="page-sources">
            {page.sources.map((source) => (
              <li key={source.id}>{source.citation}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link to={page.kind === 'exercise' ? LEARN_EXERCISES_PATH : LEARN_PATH} className="text-link">
          {page.kind === 'exercise' ? 'All exercises' : 'All Learn topics'}
        </Link>
      </p>
      <NotADiagnosis />
    </Screen>
  );
}
