import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ComponentType } from 'react';

/**
 * antd in Chinese (its zh_CN locale) for the screens that use it. Each such screen wraps itself, so antd is
 * loaded with the first of them and never by the public page, which stays light (the bench's budget).
 */
export function withAntd<P extends object>(Screen: ComponentType<P>): ComponentType<P> {
  function AntdScreen(props: P) {
    return (
      <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#0b5cad', borderRadius: 4 } }}>
        <Screen {...props} />
      </ConfigProvider>
    );
  }
  AntdScreen.displayName = `withAntd(${Screen.displayName ?? Screen.name})`;
  return AntdScreen;
}
