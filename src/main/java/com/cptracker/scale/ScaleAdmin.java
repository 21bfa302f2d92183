package com.cptracker.scale;

import com.cptracker.common.Direction;

/**
 * What a scale's administration does with its steps, whichever module keeps them: the one contract that
 * {@link ScaleStepController} drives for every scale. Each call is checked, made and audited by the owning module's
 * service; an id of another strategy's scale is a 404, a stale version is refused.
 */
public interface ScaleAdmin {

    ScaleStep.Kept step(long strategyId, long id);

    long createStep(long strategyId, ScaleStep step);

    void updateStep(long strategyId, long id, ScaleStep step, long expectedVersion);

    void moveStep(long strategyId, long id, Direction direction, long expectedVersion);

    void setStepArchived(long strategyId, long id, boolean archived, String reason, long expectedVersion);
}
