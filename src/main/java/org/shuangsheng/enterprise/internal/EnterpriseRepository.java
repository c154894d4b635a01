package org.shuangsheng.enterprise.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface EnterpriseRepository extends JpaRepository<Enterprise, Long>, JpaSpecificationExecutor<Enterprise> {

    boolean existsByUscc(String uscc);

    boolean existsByUsccAndIdNot(String uscc, Long id);

    List<Enterprise> findByUsccIn(Collection<String> usccs);
}
