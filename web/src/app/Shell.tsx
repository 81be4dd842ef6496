import { Suspense } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useDutyStream } from '../api/duty-stream';
import { LevelsNotice } from './LevelsNotice';
import { screens } from './screens';
import { permissionOf, useMe, useSignOut } from './session';
import './shell.css';

/** The frame of every page: the navigation (only the screens that are the person's) and who is signed in. */
export function Shell() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [levels, dismissLevels] = useDutyStream(permissionOf(me.data, 'warningDrafts.read').allowed);
  const visible = screens.filter(
    (screen) =>
      screen.operations === null || screen.operations.some((operation) => permissionOf(me.data, operation).allowed),
  );
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        跳到正文
      </a>
      <header className="shell-header">
        <Link to="/" className="shell-brand" aria-label="暖城 · 鄂尔多斯市气象灾害预警,返回首页">
          暖城 · 鄂尔多斯
        </Link>
        <nav aria-label="主导航" className="shell-nav">
          {visible.map((screen) => (
            <NavLink key={screen.path} to={screen.path} end={screen.path === '/'} title={`供${screen.audience}使用`}>
              {screen.title}
            </NavLink>
          ))}
        </nav>
        <div className="shell-user">
          {me.isPending ? (
            <span>…</span>
          ) : me.data ? (
            <>
              <span className="shell-user-name" data-testid="signed-in-as">
                {me.data.displayName}({me.data.roleZh})
              </span>
              <button
                type="button"
                className="shell-signout"
                onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/') })}
                disabled={signOut.isPending}
              >
                退出登录
              </button>
            </>
          ) : (
            <Link to="/login" className="shell-login">
              工作人员登录
            </Link>
          )}
        </div>
      </header>
      {levels && <LevelsNotice notice={levels} onDismiss={dismissLevels} />}
      <main id="main" className="shell-main" tabIndex={-1}>
        <Suspense fallback={<p className="muted">正在加载…</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="shell-footer">
        鄂尔多斯市人工影响天气与气象灾害防御指挥部 · 预警订阅:<a href="/api/warnings/feed.atom">Atom</a> ·{' '}
        <a href="/api/warnings/stream">实时推送(SSE)</a> · <a href="/docs">接口文档</a>
      </footer>
    </div>
  );
}
