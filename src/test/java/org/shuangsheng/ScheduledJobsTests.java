package org.shuangsheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ReflectionUtils;

/**
 * Several instances may run against one database, and each has a scheduler: every scheduled job
 * of the platform carries a cluster lock, and its bean is proxied so that the lock is taken.
 */
@PlatformTest
class ScheduledJobsTests {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void everyScheduledJobRunsOncePerCluster() {
        List<String> jobs = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            if (context.getBeanFactory().getBeanDefinition(name).isAbstract()) {
                continue;
            }
            Object bean = context.getBean(name);
            Class<?> target = AopUtils.getTargetClass(bean);
            if (!target.getName().startsWith("org.shuangsheng.")) {
                continue;
            }
            ReflectionUtils.doWithMethods(target, method -> {
                String job = target.getSimpleName() + "." + method.getName();
                jobs.add(job);
                if (!AnnotatedElementUtils.hasAnnotation(method, SchedulerLock.class) || !AopUtils.isAopProxy(bean)) {
                    unlocked.add(job);
                }
            }, (Method method) -> AnnotatedElementUtils.hasAnnotation(method, Scheduled.class));
        }
        assertThat(jobs).contains("Forgetting.forgetOldAnswers", "ScheduledDispatch.run", "RetentionPurge.nightly",
                "ScheduledBriefing.generateYesterdays", "DailyQuarantineCheck.scheduled");
        assertThat(unlocked).isEmpty();
    }
}
