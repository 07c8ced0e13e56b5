import { Link } from 'react-router';
import pages from 'virtual:regain-content/index';
import { Screen } from '../../ui/screen';
import { ContentSearch } from './content-search';
import './learn.css';
import { LEARN_SOURCES_PATH } from '../../ui/paths';

const learnPages = pages.filter((p) => p.kind === 'learn');

export default function LearnScreen() {
  return (
    <Screen title="Learn" intro="Plain facts about muscle loss and how to rebuild it. Everything here works offline.">
      <ContentSearch />
      <h2>Topics</h2>
      <ul className="card-list">
        {learnPages.map((page) => (
          <li key={page.path}>
            <Link to={page.path} className="card-link">
              <span className="card-title">{page.title}</span>
              <span className="card-summary">{page.summary}</span>
            </Link>
          </li>
        ))}
        <li>
          <Link to={LEARN_SOURCES_PATH} className="card-link">
            <span className="card-title">Sources</span>
            <span className="card-summary">Every reference the facts in Regain come from.</span>
          </Link>
        </li>
      </ul>
    </Screen>
  );
}
