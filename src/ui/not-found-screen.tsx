import { Link } from 'react-router';
import { Screen } from './screen';
import { TODAY_PATH } from './paths';

export default function NotFound() {
  return (
    <Screen title="Page not found" intro="There is no page at this address.">
      <p>
        <Link to={TODAY_PATH} className="button">
          Go to Today
        </Link>
      </p>
    </Screen>
  );
}
