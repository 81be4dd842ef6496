import { withAntd } from '../../app/antd';
import { Tabs } from 'antd';
import { usePermission } from '../../app/session';
import { AuditLog } from './AuditLog';
import { Channels } from './Channels';
import { Users } from './Users';

/** 审计与管理: the audit log with its verification, users and roles, channel settings, SMS subscriber import. */
function AdminScreen() {
  const audit = usePermission('audit.read');
  const users = usePermission('users.list');
  const channels = usePermission('channels.read');
  return (
    <div className="screen">
      <h1>审计与管理</h1>
      <Tabs
        items={[
          ...(audit.allowed ? [{ key: 'audit', label: '审计日志', children: <AuditLog /> }] : []),
          ...(users.allowed ? [{ key: 'users', label: '用户与角色', children: <Users /> }] : []),
          ...(channels.allowed ? [{ key: 'channels', label: '发布渠道与短信订阅', children: <Channels /> }] : []),
        ]}
      />
    </div>
  );
}

export default withAntd(AdminScreen);
