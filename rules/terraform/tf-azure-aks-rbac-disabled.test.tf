resource "azurerm_kubernetes_cluster" "dev" {
  name                = "contoso-dev-aks"
  location            = azurerm_resource_group.dev.location
  resource_group_name = azurerm_resource_group.dev.name
  dns_prefix          = "contoso-dev"
  # ruleid: tf-azure-aks-rbac-disabled
  role_based_access_control_enabled = false

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# ruleid: tf-azure-aks-rbac-disabled
resource "azurerm_kubernetes_cluster" "legacy" {
  name                = "contoso-legacy-aks"
  location            = azurerm_resource_group.legacy.location
  resource_group_name = azurerm_resource_group.legacy.name
  dns_prefix          = "contoso-legacy"

  default_node_pool {
    name       = "default"
    node_count = 3
    vm_size    = "Standard_DS2_v2"
  }

  role_based_access_control {
    enabled = false
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "prod" {
  name                              = "contoso-prod-aks"
  location                          = azurerm_resource_group.prod.location
  resource_group_name               = azurerm_resource_group.prod.name
  dns_prefix                        = "contoso-prod"
  private_cluster_enabled           = true
  local_account_disabled            = true
  # ok: tf-azure-aks-rbac-disabled
  role_based_access_control_enabled = true

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled     = true
    admin_group_object_ids = [var.aks_admins_group_id]
  }

  identity {
    type = "SystemAssigned"
  }
}

# ok: tf-azure-aks-rbac-disabled
resource "azurerm_kubernetes_cluster" "defaults" {
  name                = "contoso-test-aks"
  location            = azurerm_resource_group.test.location
  resource_group_name = azurerm_resource_group.test.name
  dns_prefix          = "contoso-test"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
