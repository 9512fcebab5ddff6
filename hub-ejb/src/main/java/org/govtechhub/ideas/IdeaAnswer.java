package org.govtechhub.ideas;

/** The responsible department's answer to an idea; declining needs a reason. */
public enum IdeaAnswer {
    UNDER_STUDY, PLANNED, DECLINED, DONE
}
