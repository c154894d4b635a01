package org.shuangsheng.enterprise.web;

import org.shuangsheng.enterprise.EnterprisePolicy;
import org.shuangsheng.identity.CurrentUser;

/**
 * What the caller may do on the enterprise pages, answered by {@link EnterprisePolicy} (the rules
 * the routes and services enforce), so a page shows exactly the buttons that will work. Pages
 * read it as {@code can}. {@code searchAndExport}: the list's filters and export, which mean
 * nothing to a caller whose scope is one enterprise.
 */
record EnterpriseActions(boolean manage, boolean file, boolean readRequests, boolean readReviews, boolean request,
        boolean requestOnBehalf, boolean readReturningWorkers, boolean review, boolean searchAndExport) {

    static EnterpriseActions ofCurrentUser() {
        return new EnterpriseActions(EnterprisePolicy.TASK_FORCE.allowsCurrentUser(),
                EnterprisePolicy.FILERS.allowsCurrentUser(), EnterprisePolicy.FILERS.allowsCurrentUser(),
                EnterprisePolicy.REVIEW_READERS.allowsCurrentUser(), EnterprisePolicy.LIAISON.allowsCurrentUser(),
                EnterprisePolicy.ON_BEHALF.allowsCurrentUser(), EnterprisePolicy.WORKER_READERS.allowsCurrentUser(),
                EnterprisePolicy.REVIEWERS.allowsCurrentUser(),
                CurrentUser.scope().map(scope -> scope.enterpriseId() == null).orElse(true));
    }
}
