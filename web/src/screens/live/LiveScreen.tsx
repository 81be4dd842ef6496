import { withAntd } from '../../app/antd';
import { Tabs } from 'antd';
import { usePermission } from '../../app/session';
import { DeadLetters } from './DeadLetters';
import { LatestGrading } from './LatestGrading';
import { ObservedSituation } from './ObservedSituation';

/** 实时监测 (issue #13): the observed situation, the continuous grading's latest result, and the dead letters. */
function LiveScreen() {
  const situation = usePermission('situation.current.read');
  const grading = usePermission('assessments.read');
  const rejected = usePermission('observations.rejected.read');
  return (
    <div className="screen">
      <h1>实时监测</h1>
      <Tabs
        items={[
          ...(situation.allowed || grading.allowed
            ? [
                {
                  key: 'situation',
                  label: '观测形势与分级',
                  children: (
                    <>
                      {situation.allowed && <ObservedSituation />}
                      {grading.allowed && <LatestGrading />}
                    </>
                  ),
                },
              ]
            : []),
          ...(rejected.allowed ? [{ key: 'rejected', label: '被搁置的数据', children: <DeadLetters /> }] : []),
        ]}
      />
    </div>
  );
}

export default withAntd(LiveScreen);
