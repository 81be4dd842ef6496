import { Link } from 'react-router';

export default function NotFound() {
  return (
    <section className="gate">
      <h1>页面不存在</h1>
      <Link to="/">返回公众预警</Link>
    </section>
  );
}
