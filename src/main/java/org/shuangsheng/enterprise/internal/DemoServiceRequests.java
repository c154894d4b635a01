package org.shuangsheng.enterprise.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.shuangsheng.enterprise.greenchannel.ServiceCategory;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestStatus;
import org.shuangsheng.enterprise.greenchannel.ServiceUrgency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dozen green-channel requests of the demo enterprises, across categories and states: some
 * past their deadline, one resolved and awaiting the enterprise's confirmation, and a fresh
 * request for prevention supplies from a neighbour of enterprise 1 in 红旗街道, so that the
 * health bureau (weijian) has one to accept. Enterprise 1 gets none: ent01 starts with an empty
 * list and submits its own.
 */
@Component
@Order(51)
@ConditionalOnProperty(name = "shuangsheng.demo.enabled", havingValue = "true")
class DemoServiceRequests implements ApplicationRunner {

    /**
     * One demo request: which demo enterprise (0 is enterprise 1, 1–11 its neighbours in 红旗),
     * how many hours ago it came in, and the status it reached since.
     */
    record Seed(int enterprise, ServiceCategory category, ServiceUrgency urgency, int hoursAgo,
            ServiceRequestStatus status, String description) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed(1, ServiceCategory.PREVENTION_SUPPLIES, ServiceUrgency.URGENT, 3, ServiceRequestStatus.SUBMITTED,
                    "急需医用口罩三千只、84消毒液二十箱，现有库存只够两天。"),
            new Seed(2, ServiceCategory.UTILITIES, ServiceUrgency.NORMAL, 40, ServiceRequestStatus.SUBMITTED,
                    "厂区供暖管道压力不足，车间温度低于10℃，请协调热电公司检修。"),
            new Seed(4, ServiceCategory.LABOUR, ServiceUrgency.URGENT, 30, ServiceRequestStatus.ACCEPTED,
                    "返岗工人不足，缺熟练焊工十五人，请帮助对接劳务输出人员。"),
            new Seed(6, ServiceCategory.TRANSPORT, ServiceUrgency.NORMAL, 50, ServiceRequestStatus.ACCEPTED,
                    "原料车辆从外县进入需办理通行证，卡口不放行。"),
            new Seed(13, ServiceCategory.TRANSPORT, ServiceUrgency.NORMAL, 5, ServiceRequestStatus.SUBMITTED,
                    "两辆通勤班车需要办理临时通行手续。"),
            new Seed(19, ServiceCategory.FUNDING, ServiceUrgency.NORMAL, 72, ServiceRequestStatus.RESOLVED,
                    "疫情期间流动资金紧张，申请中小企业贴息贷款五十万元。"),
            new Seed(24, ServiceCategory.PREVENTION_SUPPLIES, ServiceUrgency.NORMAL, 48, ServiceRequestStatus.CONFIRMED,
                    "需要红外测温枪五把。"),
            new Seed(32, ServiceCategory.OTHER, ServiceUrgency.NORMAL, 96, ServiceRequestStatus.CONFIRMED,
                    "复工证明需加急盖章。"),
            new Seed(40, ServiceCategory.UTILITIES, ServiceUrgency.URGENT, 10, ServiceRequestStatus.ACCEPTED,
                    "车间停电，变压器故障，请供电公司抢修。"),
            new Seed(57, ServiceCategory.LABOUR, ServiceUrgency.NORMAL, 144, ServiceRequestStatus.CONFIRMED,
                    "招聘包装工二十人。"),
            new Seed(65, ServiceCategory.FUNDING, ServiceUrgency.NORMAL, 20, ServiceRequestStatus.SUBMITTED,
                    "申请缓缴社会保险费三个月。"),
            new Seed(79, ServiceCategory.OTHER, ServiceUrgency.NORMAL, 28, ServiceRequestStatus.SUBMITTED,
                    "食堂分餐改造需要技术指导。"));

    private static final Logger log = LoggerFactory.getLogger(DemoServiceRequests.class);

    private final EnterpriseRepository enterprises;
    private final ServiceRequestRepository requests;
    private final ServiceRequestCommentRepository comments;
    private final Clock clock;
    private final Duration response;

    DemoServiceRequests(EnterpriseRepository enterprises, ServiceRequestRepository requests,
            ServiceRequestCommentRepository comments, Clock clock,
            @Value("${shuangsheng.enterprise.green-channel-response:PT24H}") Duration response) {
        this.enterprises = enterprises;
        this.requests = requests;
        this.comments = comments;
        this.clock = clock;
        this.response = response;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (requests.count() > 0) {
            return;
        }
        List<Enterprise> demo = enterprises.findAll(PageRequest.of(0, 100, Sort.by("id"))).stream()
                .filter(Enterprise::isDemo).toList();
        if (demo.size() <= 1) {
            return;
        }
        Instant now = clock.instant();
        for (Seed seed : SEEDS) {
            Enterprise enterprise = demo.get(1 + (seed.enterprise() - 1) % (demo.size() - 1));
            Instant submitted = now.minus(Duration.ofHours(seed.hoursAgo()));
            ServiceRequest request = new ServiceRequest(enterprise.getId(), enterprise.getRegionPath(),
                    seed.category(), seed.description(), seed.urgency(), submitted, "demo", submitted.plus(response));
            Instant at = submitted;
            for (ServiceRequestStatus step : List.of(ServiceRequestStatus.ACCEPTED, ServiceRequestStatus.RESOLVED,
                    ServiceRequestStatus.CONFIRMED)) {
                if (step.ordinal() > seed.status().ordinal()) {
                    break;
                }
                at = at.plus(Duration.ofHours(2));
                request.moveTo(step, at);
            }
            ServiceRequest saved = requests.save(request);
            if (seed.status() == ServiceRequestStatus.RESOLVED) {
                comments.save(new ServiceRequestComment(saved.getId(), "commander", at,
                        "贴息贷款已审批，资金三个工作日内到账，请企业查收后确认。"));
            }
        }
        log.info("Seeded {} demo green-channel requests", SEEDS.size());
    }
}
