# ruleid: tf-azure-aks-api-server-unrestricted
resource "azurerm_kubernetes_cluster" "staging" {
  name                = "contoso-staging-aks"
  location            = azurerm_resource_group.staging.location
  resource_group_name = azurerm_resource_group.staging.name
  dns_prefix          = "contoso-staging"

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "tools" {
  name                    = "contoso-tools-aks"
  location                = azurerm_resource_group.tools.location
  resource_group_name     = azurerm_resource_group.tools.name
  dns_prefix              = "contoso-tools"
  private_cluster_enabled = false

  api_server_access_profile {
    # ruleid: tf-azure-aks-api-server-unrestricted
    authorized_ip_ranges = ["0.0.0.0/0"]
  }

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# ok: tf-azure-aks-api-server-unrestricted
resource "azurerm_kubernetes_cluster" "prod" {
  name                    = "contoso-prod-aks"
  location                = azurerm_resource_group.prod.location
  resource_group_name     = azurerm_resource_group.prod.name
  dns_prefix              = "contoso-prod"
  private_cluster_enabled = true

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "office_only" {
  name                = "contoso-office-aks"
  location            = azurerm_resource_group.prod.location
  resource_group_name = azurerm_resource_group.prod.name
  dns_prefix          = "contoso-office"

  api_server_access_profile {
    # ok: tf-azure-aks-api-server-unrestricted
    authorized_ip_ranges = ["203.0.113.0/24", "198.51.100.17/32"]
  }

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# ok: tf-azure-aks-api-server-unrestricted
resource "azurerm_kubernetes_cluster" "legacy_ranges" {
  name                            = "contoso-legacy-aks"
  location                        = azurerm_resource_group.legacy.location
  resource_group_name             = azurerm_resource_group.legacy.name
  dns_prefix                      = "contoso-legacy"
  api_server_authorized_ip_ranges = var.admin_cidrs

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# ok: tf-azure-aks-api-server-unrestricted
resource "azurerm_kubernetes_cluster" "from_module" {
  name                    = var.name
  location                = var.location
  resource_group_name     = var.resource_group_name
  dns_prefix              = var.name
  private_cluster_enabled = var.private_cluster

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
